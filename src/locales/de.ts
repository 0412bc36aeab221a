import type { SessionMessages } from '../components/messages.js';
import { plural } from '../format/plural.js';

const whatToDo = (canStay: boolean) =>
  canStay ? 'Wählen Sie „Angemeldet bleiben“, um fortzufahren.' : 'Nutzen Sie die App, um angemeldet zu bleiben.';
const inTime = (left: string | undefined) => (left ? ` (in ${left})` : '');

/** German: `<SessionPanel locale="de-DE" messages={de} />`. */
export const de: SessionMessages = {
  lang: 'de',
  panelTitle: 'Ihre Sitzung',
  loading: 'Ihre Sitzung wird geladen …',
  refresh: 'Aktualisieren',
  refreshing: 'Wird aktualisiert …',
  tryAgain: 'Erneut versuchen',
  signInAgain: 'Erneut anmelden',
  staySignedIn: 'Angemeldet bleiben',
  details: 'Einzelheiten',
  thisDevice: 'Dieses Gerät',
  signedOut: (reason, idle) =>
    reason === 'idle-timeout'
      ? idle
        ? `Sie wurden nach ${idle} Inaktivität abgemeldet.`
        : 'Sie wurden wegen Inaktivität abgemeldet.'
      : reason === 'ended'
        ? 'Sie wurden abgemeldet, weil Ihre Sitzung an anderer Stelle beendet wurde.'
        : reason === 'not-signed-in'
          ? 'Sie sind nicht angemeldet.'
          : 'Sie sind abgemeldet.',
  expired: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
  stale: 'Aktualisierung fehlgeschlagen.',
  offline: 'Sie sind offline.',
  shownFrom: (time) => `Angezeigt wird der Stand von ${time}.`,
  retrying: 'Aktualisierung fehlgeschlagen. Neuer Versuch läuft …',
  rateLimited: (wait) =>
    wait ? `Zu viele Anfragen. Neuer Versuch in ${wait}.` : 'Zu viele Anfragen. Gleich folgt ein neuer Versuch.',
  error: (kind) =>
    (
      ({
        network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
        forbidden: 'Diese App darf Ihre Sitzung nicht lesen.',
        config:
          'Die Sitzung konnte wegen eines Konfigurationsfehlers nicht geladen werden. Wenden Sie sich an den Support der Website.',
      }) as Record<string, string>
    )[kind ?? ''] ?? 'Ihre Sitzung konnte nicht geladen werden. Versuchen Sie es erneut.',
  timeoutHeading: 'Automatische Abmeldung',
  idleSentence: (idle, at, left) => `Sie werden nach ${idle} Inaktivität abgemeldet, um ${at}${inTime(left)}.`,
  deadlineSentence: (at, left) => `Sie werden um ${at} abgemeldet${inTime(left)}.`,
  endSentence: (at, left) => `Ihre Sitzung endet um ${at}${inTime(left)}, auch wenn Sie aktiv bleiben.`,
  noDeadline: 'Für diese Sitzung ist keine Abmeldezeit bekannt.',
  signOutIn: (time) => `Sie werden in ${time} abgemeldet.`,
  whatToDo,
  phase: (phase) => ({ running: 'Aktiv', warning: 'Endet bald', critical: 'Endet gleich', expired: 'Abgelaufen' })[phase],
  announce: (left, canStay) => `Sie werden in ${left} abgemeldet. ${whatToDo(canStay)}`,
  deviceTitle: (browser, os, device) => (browser && os ? `${browser} unter ${os}` : (browser ?? os ?? device)),
  deviceType: (category) =>
    ({ desktop: 'Rechner', laptop: 'Notebook', phone: 'Mobiltelefon', tablet: 'Tablet', unknown: 'Unbekanntes Gerät' })[category],
  signedIn: (when, methods) => `Angemeldet${when ? ` ${when}` : ''}${methods ? ` mit ${methods}` : ''}`,
  anonymous: 'Noch nicht angemeldet.',
  signOnHeading: 'So haben Sie sich angemeldet',
  methodsLabel: 'Methoden',
  authenticators: {
    face: 'Gesichtserkennung',
    fpt: 'Fingerabdruck',
    geo: 'Standortprüfung',
    hwk: 'Hardwareschlüssel',
    iris: 'Iris-Scan',
    kba: 'Sicherheitsfragen',
    mca: 'Bestätigung über einen zweiten Kanal',
    mfa: 'Multi-Faktor-Authentifizierung',
    otp: 'Einmalcode',
    pin: 'PIN',
    pop: 'Nachweis des Schlüsselbesitzes',
    pwd: 'Passwort',
    rba: 'Risikoprüfung',
    retina: 'Netzhaut-Scan',
    sc: 'Chipkarte',
    sms: 'SMS-Code',
    swk: 'Softwareschlüssel',
    tel: 'Telefonanruf',
    rememberme: 'gemerktes Gerät',
    user: 'Anwesenheitsprüfung',
    vbm: 'Stimmerkennung',
    wia: 'Windows-Anmeldung',
  },
  signOnIp: 'IP-Adresse',
  policy: 'Anmelderichtlinie',
  policyTypes: { MULTI_FACTOR: 'Mehrstufig', SINGLE_FACTOR: 'Einstufig' },
  deviceLabel: 'Gerät',
  browserLabel: 'Browser',
  unknownOs: 'Unbekanntes Betriebssystem',
  unknownBrowser: 'Unbekannter Browser',
  unknownTime: 'Unbekannte Zeit',
  locationsHeading: 'Letzte Orte',
  locationNote: 'Orte sind ungefähre Angaben anhand der IP-Adresse.',
  noLocations: 'Keine Orte erfasst.',
  unknownLocation: 'Unbekannter Ort',
  seen: (count, n) => plural('de', count, { one: 'Einmal gesehen', other: `${n}-mal gesehen` }),
  signOnLocation: 'Hier angemeldet',
  newCountry: 'Nicht Ihr Anmeldeland',
  showAll: (count, n) => plural('de', count, { one: `${n} Ort anzeigen`, other: `Alle ${n} Orte anzeigen` }),
  showFewer: 'Weniger anzeigen',
  ipHidden: '(teilweise verborgen)',
  showIp: 'Ganze IP anzeigen',
  hideIp: 'Ganze IP verbergen',
  idleLabel: 'Abmeldung bei Inaktivität',
  expiryLabel: 'Sitzungsende',
  until: (dateTime) => `bis ${dateTime}`,
  countdownExpired: 'Abgelaufen',
  announceLeft: (label, duration) => `${label}: noch ${duration}.`,
  announceExpired: (label) => `${label}: abgelaufen.`,
};
