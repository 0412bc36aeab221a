import type { SessionErrorKind } from '../session/errors.js';
import type { DeviceCategory } from '../format/userAgentText.js';
import type { CountdownPhase } from '../react/useCountdown.js';
import { plural } from '../format/plural.js';

import type { AuthenticatorCode } from '../session/authenticators.js';
import type { SignedOutReason } from '../query/sessionQueryStore.js';

/** Sign-on policy types with a readable phrase; others (and bare ids) stay in the details view. */
export const POLICY_TYPES = ['MULTI_FACTOR', 'SINGLE_FACTOR'] as const;
/** One of {@link POLICY_TYPES}. */
export type PolicyType = (typeof POLICY_TYPES)[number];

/**
 * Every string the components show or announce, as whole sentences. Functions receive values
 * already formatted for the locale (times, durations, numbers) and, where a sentence depends on
 * a count, the count itself for `Intl.PluralRules`. English is built in; other languages are
 * separate entry points (`pingone-session-react/locales/de`). Pass a catalog, or any part of
 * one, as `messages` (prop or {@link SessionI18nProvider}).
 */
export interface SessionMessages {
  /** BCP 47 language of these strings; text that falls back to English is marked `lang="en"`. */
  lang: string;
  panelTitle: string;
  loading: string;
  refresh: string;
  refreshing: string;
  tryAgain: string;
  signInAgain: string;
  staySignedIn: string;
  details: string;
  thisDevice: string;
  // --- states ---
  signedOut: (reason: SignedOutReason | undefined, idle: string | undefined) => string;
  expired: string;
  stale: string;
  offline: string;
  /** Follows `stale` or `offline` when the time of the shown details is known. */
  shownFrom: (time: string) => string;
  retrying: string;
  rateLimited: (wait: string | undefined) => string;
  error: (kind: SessionErrorKind | undefined) => string;
  // --- the timeout ---
  timeoutHeading: string;
  idleSentence: (idle: string, at: string, left: string | undefined) => string;
  deadlineSentence: (at: string, left: string | undefined) => string;
  endSentence: (at: string, left: string | undefined) => string;
  noDeadline: string;
  /** Called with a placeholder that the live `mm:ss` timer replaces. */
  signOutIn: (time: string) => string;
  whatToDo: (canStay: boolean) => string;
  phase: (phase: CountdownPhase) => string;
  announce: (left: string, canStay: boolean) => string;
  // --- the device row ---
  deviceTitle: (browser: string | null, os: string | null, device: string) => string;
  deviceType: (category: DeviceCategory) => string;
  signedIn: (when: string | undefined, methods: string | undefined) => string;
  anonymous: string;
  // --- details ---
  signOnHeading: string;
  methodsLabel: string;
  authenticators: Record<AuthenticatorCode, string>;
  signOnIp: string;
  policy: string;
  policyTypes: Record<PolicyType, string>;
  deviceLabel: string;
  browserLabel: string;
  unknownOs: string;
  unknownBrowser: string;
  unknownTime: string;
  // --- locations ---
  locationsHeading: string;
  locationNote: string;
  noLocations: string;
  unknownLocation: string;
  seen: (count: number, formatted: string) => string;
  signOnLocation: string;
  newCountry: string;
  showAll: (count: number, formatted: string) => string;
  showFewer: string;
  // --- IP addresses ---
  ipHidden: string;
  showIp: string;
  hideIp: string;
  // --- IdleCountdown / ExpiryCountdown on their own ---
  idleLabel: string;
  expiryLabel: string;
  until: (dateTime: string) => string;
  countdownExpired: string;
  announceLeft: (label: string, duration: string) => string;
  announceExpired: (label: string) => string;
}

// A timeout reads as "couldn't reach"; rate limits have their own notice (rateLimited).
const ERRORS: Partial<Record<SessionErrorKind, string>> = {
  network: 'We couldn’t reach the server. Check your connection and try again.',
  forbidden: 'This app isn’t allowed to read your session.',
  config: 'The session couldn’t be loaded because of a configuration problem. Contact the site’s support.',
};

/** The English catalog, built in. */
export const defaultMessages: SessionMessages = {
  lang: 'en',
  panelTitle: 'Your session',
  loading: 'Loading your session…',
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  tryAgain: 'Try again',
  signInAgain: 'Sign in again',
  staySignedIn: 'Stay signed in',
  details: 'Details',
  thisDevice: 'This device',
  signedOut: (reason, idle) =>
    reason === 'idle-timeout'
      ? idle
        ? `You were signed out after ${idle} of inactivity.`
        : 'You were signed out because you were inactive.'
      : reason === 'ended'
        ? 'You were signed out because your session was ended elsewhere.'
        : reason === 'not-signed-in'
          ? 'You’re not signed in.'
          : 'You’re signed out.',
  expired: 'Your session timed out. Sign in again to continue.',
  stale: 'Couldn’t refresh.',
  offline: 'You’re offline.',
  shownFrom: (time) => `Showing details from ${time}.`,
  retrying: 'Couldn’t refresh. Trying again…',
  rateLimited: (wait) => (wait ? `Too many requests. Trying again in ${wait}.` : 'Too many requests. Trying again shortly.'),
  error: (kind) => (kind && ERRORS[kind]) ?? 'We couldn’t load your session. Try again.',
  timeoutHeading: 'Automatic sign-out',
  idleSentence: (idle, at, left) => `You’ll be signed out after ${idle} of inactivity, at ${at}${left ? ` (in ${left})` : ''}.`,
  deadlineSentence: (at, left) => `You’ll be signed out at ${at}${left ? ` (in ${left})` : ''}.`,
  endSentence: (at, left) => `Your session ends at ${at}${left ? ` (in ${left})` : ''}, even if you stay active.`,
  noDeadline: 'This session has no sign-out time.',
  signOutIn: (time) => `You’ll be signed out in ${time}.`,
  whatToDo: (canStay) => (canStay ? 'Choose Stay signed in to continue.' : 'Use the app to stay signed in.'),
  phase: (phase) => ({ running: 'Active', warning: 'Ending soon', critical: 'Ending now', expired: 'Timed out' })[phase],
  announce: (left, canStay) =>
    `You’ll be signed out in ${left}. ${canStay ? 'Choose Stay signed in to continue.' : 'Use the app to stay signed in.'}`,
  deviceTitle: (browser, os, device) => (browser && os ? `${browser} on ${os}` : (browser ?? os ?? device)),
  deviceType: (category) =>
    ({ desktop: 'Computer', laptop: 'Laptop', phone: 'Phone', tablet: 'Tablet', unknown: 'Unknown device' })[category],
  signedIn: (when, methods) => `Signed in${when ? ` ${when}` : ''}${methods ? ` with ${methods}` : ''}`,
  anonymous: 'Not signed in yet.',
  signOnHeading: 'How you signed in',
  methodsLabel: 'Methods',
  authenticators: {
    face: 'face recognition',
    fpt: 'fingerprint',
    geo: 'location check',
    hwk: 'hardware key',
    iris: 'iris scan',
    kba: 'security questions',
    mca: 'confirmation on a second channel',
    mfa: 'multi-factor authentication',
    otp: 'one-time code',
    pin: 'PIN',
    pop: 'proof of key possession',
    pwd: 'password',
    rba: 'risk check',
    retina: 'retina scan',
    sc: 'smart card',
    sms: 'text message code',
    swk: 'software key',
    tel: 'phone call',
    rememberme: 'remembered device',
    user: 'user presence check',
    vbm: 'voice recognition',
    wia: 'Windows sign-in',
  },
  signOnIp: 'IP address',
  policy: 'Sign-on policy',
  policyTypes: { MULTI_FACTOR: 'Multi-factor', SINGLE_FACTOR: 'Single-factor' },
  deviceLabel: 'Device',
  browserLabel: 'Browser',
  unknownOs: 'Unknown operating system',
  unknownBrowser: 'Unknown browser',
  unknownTime: 'Unknown time',
  locationsHeading: 'Recent locations',
  locationNote: 'Places are approximate, based on IP address.',
  noLocations: 'No locations recorded.',
  unknownLocation: 'Unknown location',
  seen: (count, n) => plural('en', count, { one: 'Seen once', other: `Seen ${n} times` }),
  signOnLocation: 'Where you signed in',
  newCountry: 'Not your sign-in country',
  showAll: (count, n) => plural('en', count, { one: `Show ${n} location`, other: `Show all ${n} locations` }),
  showFewer: 'Show fewer',
  ipHidden: '(partly hidden)',
  showIp: 'Show full IP',
  hideIp: 'Hide full IP',
  idleLabel: 'Idle timeout',
  expiryLabel: 'Session ends',
  until: (dateTime) => `until ${dateTime}`,
  countdownExpired: 'Expired',
  announceLeft: (label, duration) => `${label}: ${duration} left.`,
  announceExpired: (label) => `${label}: expired.`,
};

/**
 * The readable name of an authenticator code in `m`, or `undefined` for a code no source
 * documents (the UI then shows it as given, styled as code). Own keys only: PingOne's strings
 * must not reach `Object.prototype` (`constructor`, `__proto__`).
 */
export function authenticatorName(m: SessionMessages, code: string): string | undefined {
  const key = code.trim().toLowerCase();
  return Object.hasOwn(m.authenticators, key) ? m.authenticators[key as AuthenticatorCode] : undefined;
}
