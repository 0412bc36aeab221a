import { formatDateTime } from './formatRelative.js';
import { getDateTimeFormat } from './intlFormatters.js';

/** Options of {@link formatDeadline}. */
export interface DeadlineTextOptions {
  /** The current time, epoch ms; `null` on the server and during hydration (then the text is stable). */
  nowMs: number | null;
  /** BCP 47 locale (default the runtime's). */
  locale?: string;
  /** IANA time zone (default the runtime's). */
  timeZone?: string;
}

/**
 * A deadline as a person reads it: the time alone when it falls within the next 24 hours
 * (`12:34 PM`), else date and time. Without `nowMs` (server render, hydration) and with locale or
 * time zone left to the runtime, the locale-neutral UTC form every runtime agrees on.
 */
export function formatDeadline(ms: number, { nowMs, locale, timeZone }: DeadlineTextOptions): string {
  const soon = nowMs !== null && Math.abs(ms - nowMs) < 86_400_000;
  return soon
    ? getDateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(ms)
    : formatDateTime(ms, { locale, timeZone, stable: nowMs === null });
}
