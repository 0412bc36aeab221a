import type { SessionErrorKind } from '../core/errors.js';
import type { DeviceCategory } from '../core/formatText.js';

/**
 * Every string the components show or announce. Pass a partial object as `messages` (prop or
 * {@link SessionI18nProvider}) to translate or reword any of them; functions receive values
 * that are already formatted for the locale.
 */
export interface SessionMessages {
  panelTitle: string;
  refresh: string;
  refreshing: string;
  loading: string;
  signedOut: string;
  expired: string;
  stale: string;
  error: (kind: SessionErrorKind | undefined) => string;
  deviceLabel: string;
  deviceType: (category: DeviceCategory) => string;
  unknownOs: string;
  browserLabel: string;
  unknownBrowser: string;
  locationsLabel: string;
  locationNote: string;
  noLocations: string;
  unknownLocation: string;
  visits: (count: string) => string;
  signOnLocation: string;
  newCountry: string;
  newIp: string;
  showAll: (count: string) => string;
  showFewer: string;
  signOnLabel: string;
  anonymous: string;
  signedInWith: string;
  authenticator: (name: string) => string;
  signOnIp: string;
  policy: string;
  unknownTime: string;
  ipHidden: string;
  showIp: string;
  hideIp: string;
  idleLabel: string;
  expiryLabel: string;
  noDeadline: string;
  until: (dateTime: string) => string;
  countdownExpired: string;
  announceLeft: (label: string, duration: string) => string;
  announceExpired: (label: string) => string;
}

const AUTHENTICATORS: Record<string, string> = {
  pwd: 'Password',
  password: 'Password',
  otp: 'One-time passcode',
  totp: 'Authenticator app',
  sms: 'Text message code',
  voice: 'Voice call code',
  email: 'Email code',
  mfa: 'Multi-factor authentication',
  push: 'Push notification',
  fido: 'Security key or passkey',
  fido2: 'Security key or passkey',
  webauthn: 'Security key or passkey',
  x509: 'Certificate',
  kerberos: 'Windows sign-in (Kerberos)',
  external: 'External identity provider',
  ext: 'External identity provider',
  social: 'Social sign-in',
};

const ERRORS: Partial<Record<SessionErrorKind, string>> = {
  network: 'We could not reach the server. Check your connection and try again.',
  timeout: 'The server took too long to answer. Try again.',
  'rate-limited': 'Too many requests. Try again in a moment.',
  forbidden: 'This app is not allowed to read your session.',
  'no-session': 'There is no active session.',
};

/** The English defaults. */
export const defaultMessages: SessionMessages = {
  panelTitle: 'Your session',
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  loading: 'Loading your session…',
  signedOut: 'You are signed out.',
  expired: 'Your session has expired. Sign in again to continue.',
  stale: 'This information may be out of date.',
  error: (kind) => (kind && ERRORS[kind]) ?? 'We could not load your session. Try again.',
  deviceLabel: 'Device',
  deviceType: (category) =>
    ({ desktop: 'Desktop', laptop: 'Laptop', phone: 'Phone', tablet: 'Tablet', unknown: 'Unknown device' })[category],
  unknownOs: 'Unknown operating system',
  browserLabel: 'Browser',
  unknownBrowser: 'Unknown browser',
  locationsLabel: 'Recent locations',
  locationNote: 'Approximate, from IP address.',
  noLocations: 'No locations recorded.',
  unknownLocation: 'Unknown location',
  visits: (count) => `${count} times`,
  signOnLocation: 'Sign-in location',
  newCountry: 'New country',
  newIp: 'New IP address',
  showAll: (count) => `Show all (${count})`,
  showFewer: 'Show fewer',
  signOnLabel: 'Signed in',
  anonymous: 'Not signed in yet (anonymous session).',
  signedInWith: 'Signed in with',
  // Own keys only: PingOne's strings must not reach Object.prototype ("constructor", "__proto__").
  authenticator: (name) => (Object.hasOwn(AUTHENTICATORS, name.toLowerCase()) ? AUTHENTICATORS[name.toLowerCase()]! : name),
  signOnIp: 'From IP address',
  policy: 'Sign-on policy',
  unknownTime: 'Unknown time',
  ipHidden: '(partly hidden)',
  showIp: 'Show full IP',
  hideIp: 'Hide full IP',
  idleLabel: 'Idle timeout',
  expiryLabel: 'Session ends',
  noDeadline: 'No deadline',
  until: (dateTime) => `until ${dateTime}`,
  countdownExpired: 'Expired',
  announceLeft: (label, duration) => `${label}: ${duration} left.`,
  announceExpired: (label) => `${label}: expired.`,
};
