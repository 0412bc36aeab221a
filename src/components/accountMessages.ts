import { plural } from '../format/plural.js';
import type { SessionMessages } from './messages.js';

/**
 * The strings of the account-security components (`SessionList`, `SessionTimeoutDialog`), apart
 * from {@link SessionMessages} so that a language for the panel alone stays small. English is
 * built in; other languages are entry points of their own
 * (`import { deAccount } from 'pingone-session-react/locales/de-account'`), passed together with
 * the panel's catalog: `messages={{ ...de, ...deAccount }}` (prop or `SessionI18nProvider`).
 */
export interface AccountMessages {
  devicesTitle: string;
  devicesLoading: string;
  devicesError: string;
  activeNow: string;
  lastActive: (when: string) => string;
  expiredLabel: string;
  signOutDevice: string;
  /** The accessible name of a row's "Sign out": it says which device. */
  signOutDeviceNamed: (device: string) => string;
  confirmSignOutDevice: (device: string) => string;
  confirmYes: string;
  cancel: string;
  signOutOthers: string;
  confirmSignOutOthers: (count: number, formatted: string) => string;
  noOtherDevices: string;
  expiredSessions: (count: number, formatted: string) => string;
  revokeFailed: (reason: 'current-session' | 'incomplete' | 'other') => string;
  // --- the timeout dialog (SessionTimeoutDialog) ---
  timeoutTitle: string;
  timeoutBody: (left: string) => string;
  signOut: string;
  timedOutTitle: string;
}

/** The English account-security strings, built in. */
export const defaultAccountMessages: AccountMessages = {
  devicesTitle: 'Your devices',
  devicesLoading: 'Loading your devices…',
  devicesError: 'We couldn’t load your devices. Try again.',
  activeNow: 'Active now',
  lastActive: (when) => `Last active ${when}`,
  expiredLabel: 'Expired',
  signOutDevice: 'Sign out',
  signOutDeviceNamed: (device) => `Sign out ${device}`,
  confirmSignOutDevice: (device) => `Sign out ${device}? It will need to sign in again.`,
  confirmYes: 'Yes, sign out',
  cancel: 'Cancel',
  signOutOthers: 'Sign out all other devices',
  confirmSignOutOthers: (count, n) =>
    plural('en', count, { one: 'Sign out 1 other device?', other: `Sign out ${n} other devices?` }),
  noOtherDevices: 'You’re not signed in on any other device.',
  expiredSessions: (_count, n) => `Expired sessions (${n})`,
  revokeFailed: (reason) =>
    reason === 'current-session'
      ? 'This device can’t be signed out from the list. Use Sign out instead.'
      : reason === 'incomplete'
        ? 'Some devices couldn’t be signed out. Try again.'
        : 'The device couldn’t be signed out. Try again.',
  timeoutTitle: 'You’re about to be signed out',
  timeoutBody: (left) => `For your security, we’ll sign you out in ${left}.`,
  signOut: 'Sign out',
  timedOutTitle: 'You’ve been signed out',
};

/**
 * The account strings for a resolved message set: what a catalog or override gave (the provider
 * and props pass any key through), else English.
 */
export function accountMessages(m: SessionMessages): AccountMessages {
  const given = m as Partial<AccountMessages> & SessionMessages;
  const out: Record<string, unknown> = { ...defaultAccountMessages };
  for (const key of Object.keys(defaultAccountMessages) as (keyof AccountMessages)[]) {
    if (given[key] !== undefined) out[key] = given[key];
  }
  return out as unknown as AccountMessages;
}

/** `'en'` when `key` falls back to English inside a page of another language (for `lang`). */
export function accountLang(m: SessionMessages, a: AccountMessages, key: keyof AccountMessages): 'en' | undefined {
  return !/^en\b/i.test(m.lang) && a[key] === defaultAccountMessages[key] ? 'en' : undefined;
}
