'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { defaultMessages, type SessionMessages } from './messages.js';
import type { AccountMessages } from './accountMessages.js';

/** Locale settings shared by every session component below a {@link SessionI18nProvider}. */
export interface SessionI18n {
  /** BCP 47 tag for `Intl` (`'en-GB'`, `'ar-EG'`); the runtime's default when absent. */
  locale?: string;
  /** IANA time zone for absolute times (`'UTC'`); the runtime's when absent. */
  timeZone?: string;
  /**
   * A catalog (`import { de } from 'pingone-session-react/locales/de'`) or any strings to
   * replace; the rest stay English and are marked `lang="en"`. The account components' strings
   * (`deAccount` from `locales/de-account`) may be given here too: `{ ...de, ...deAccount }`.
   */
  messages?: Partial<SessionMessages & AccountMessages>;
}

/** Props of {@link SessionI18nProvider}. */
export interface SessionI18nProviderProps extends SessionI18n {
  children?: ReactNode;
}

/** What components read: a locale and a complete message set. */
export interface ResolvedSessionI18n {
  locale: string | undefined;
  timeZone: string | undefined;
  messages: SessionMessages;
  /**
   * `'en'` when the text of `key` is the English fallback inside a page or catalog of another
   * language (put it on the element as `lang`), else `undefined`.
   */
  langOf: (key: keyof SessionMessages) => 'en' | undefined;
}

const english = () => undefined;

const SessionI18nContext = createContext<ResolvedSessionI18n>({
  locale: undefined,
  timeZone: undefined,
  messages: defaultMessages,
  langOf: english,
});

/**
 * Sets locale, time zone and message overrides for the session components inside it. Nested
 * providers inherit from outer ones; a component's own `locale`/`messages` props win over both.
 */
export function SessionI18nProvider({ children, ...own }: SessionI18nProviderProps) {
  return <SessionI18nContext.Provider value={useSessionI18n(own)}>{children}</SessionI18nContext.Provider>;
}

function resolve(outer: ResolvedSessionI18n, own: SessionI18n): ResolvedSessionI18n {
  if (own.locale === undefined && own.timeZone === undefined && own.messages === undefined) return outer;
  const locale = own.locale ?? outer.locale;
  const messages = own.messages ? { ...outer.messages, ...own.messages } : outer.messages;
  // The text's language: the catalog's own `lang` when one was given, else the locale's.
  const lang = messages.lang !== 'en' ? messages.lang : (locale ?? 'en');
  const isEnglish = /^en\b/i.test(lang);
  return {
    locale,
    timeZone: own.timeZone ?? outer.timeZone,
    messages,
    langOf: isEnglish ? english : (key) => (messages[key] === defaultMessages[key] ? 'en' : undefined),
  };
}

/** The effective i18n settings for a component, given its own `locale`/`messages` props. */
export function useSessionI18n(own: SessionI18n = {}): ResolvedSessionI18n {
  const outer = useContext(SessionI18nContext);
  const { locale, timeZone, messages } = own;
  return useMemo(() => resolve(outer, { locale, timeZone, messages }), [outer, locale, timeZone, messages]);
}

SessionI18nProvider.displayName = 'SessionI18nProvider';
