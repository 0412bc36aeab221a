import type { AccountMessages } from '../components/accountMessages.js';
import { plural } from '../format/plural.js';

/** German strings of `SessionList` and `SessionTimeoutDialog`: `messages={{ ...de, ...deAccount }}`. */
export const deAccount: AccountMessages = {
  devicesTitle: 'Ihre Geräte',
  devicesLoading: 'Ihre Geräte werden geladen …',
  devicesError: 'Ihre Geräte konnten nicht geladen werden. Versuchen Sie es erneut.',
  activeNow: 'Jetzt aktiv',
  lastActive: (when) => `Zuletzt aktiv ${when}`,
  expiredLabel: 'Abgelaufen',
  signOutDevice: 'Abmelden',
  signOutDeviceNamed: (device) => `${device} abmelden`,
  confirmSignOutDevice: (device) => `${device} abmelden? Dort ist dann eine neue Anmeldung nötig.`,
  confirmYes: 'Ja, abmelden',
  cancel: 'Abbrechen',
  signOutOthers: 'Alle anderen Geräte abmelden',
  confirmSignOutOthers: (count, n) =>
    plural('de', count, { one: '1 anderes Gerät abmelden?', other: `${n} andere Geräte abmelden?` }),
  noOtherDevices: 'Sie sind auf keinem anderen Gerät angemeldet.',
  expiredSessions: (_count, n) => `Abgelaufene Sitzungen (${n})`,
  revokeFailed: (reason) =>
    reason === 'current-session'
      ? 'Dieses Gerät kann nicht über die Liste abgemeldet werden. Nutzen Sie „Abmelden“.'
      : reason === 'incomplete'
        ? 'Einige Geräte konnten nicht abgemeldet werden. Versuchen Sie es erneut.'
        : 'Das Gerät konnte nicht abgemeldet werden. Versuchen Sie es erneut.',
  timeoutTitle: 'Sie werden gleich abgemeldet',
  timeoutBody: (left) => `Zu Ihrer Sicherheit werden Sie in ${left} abgemeldet.`,
  signOut: 'Abmelden',
  timedOutTitle: 'Sie wurden abgemeldet',
};
