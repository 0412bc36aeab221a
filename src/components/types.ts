import type { SessionMessages } from './messages.js';

/** Props every session component accepts for i18n; they override {@link SessionI18nProvider}. */
export interface SessionI18nProps {
  /** BCP 47 locale for dates, numbers and durations. */
  locale?: string;
  /** Strings to replace for this component only. */
  messages?: Partial<SessionMessages>;
}
