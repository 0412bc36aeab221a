import type { SessionMessages } from '../components/messages.js';
import { plural } from '../format/plural.js';

const whatToDo = (canStay: boolean) =>
  canStay ? 'Choisissez « Rester connecté » pour continuer.' : 'Utilisez l’application pour rester connecté.';
const inTime = (left: string | undefined) => (left ? ` (dans ${left})` : '');

/** French: `<SessionPanel locale="fr-FR" messages={fr} />`. */
export const fr: SessionMessages = {
  lang: 'fr',
  panelTitle: 'Votre session',
  loading: 'Chargement de votre session…',
  refresh: 'Actualiser',
  refreshing: 'Actualisation…',
  tryAgain: 'Réessayer',
  signInAgain: 'Se reconnecter',
  staySignedIn: 'Rester connecté',
  details: 'Détails',
  thisDevice: 'Cet appareil',
  signedOut: (reason, idle) =>
    reason === 'idle-timeout'
      ? idle
        ? `Vous avez été déconnecté après ${idle} d’inactivité.`
        : 'Vous avez été déconnecté pour cause d’inactivité.'
      : reason === 'ended'
        ? 'Vous avez été déconnecté, car votre session a été fermée ailleurs.'
        : reason === 'not-signed-in'
          ? 'Vous n’êtes pas connecté.'
          : 'Vous êtes déconnecté.',
  expired: 'Votre session a expiré. Reconnectez-vous pour continuer.',
  stale: 'Échec de l’actualisation.',
  offline: 'Vous êtes hors ligne.',
  shownFrom: (time) => `Informations datant de ${time}.`,
  retrying: 'Échec de l’actualisation. Nouvelle tentative…',
  rateLimited: (wait) =>
    wait ? `Trop de requêtes. Nouvelle tentative dans ${wait}.` : 'Trop de requêtes. Nouvelle tentative sous peu.',
  error: (kind) =>
    (
      ({
        network: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
        forbidden: 'Cette application n’est pas autorisée à lire votre session.',
        config: 'La session n’a pas pu être chargée à cause d’un problème de configuration. Contactez l’assistance du site.',
      }) as Record<string, string>
    )[kind ?? ''] ?? 'Impossible de charger votre session. Réessayez.',
  timeoutHeading: 'Déconnexion automatique',
  idleSentence: (idle, at, left) => `Vous serez déconnecté après ${idle} d’inactivité, à ${at}${inTime(left)}.`,
  deadlineSentence: (at, left) => `Vous serez déconnecté à ${at}${inTime(left)}.`,
  endSentence: (at, left) => `Votre session prend fin à ${at}${inTime(left)}, même si vous restez actif.`,
  noDeadline: 'Aucune heure de déconnexion n’est connue pour cette session.',
  signOutIn: (time) => `Vous serez déconnecté dans ${time}.`,
  whatToDo,
  phase: (phase) => ({ running: 'En cours', warning: 'Bientôt terminée', critical: 'Se termine', expired: 'Expirée' })[phase],
  announce: (left, canStay) => `Vous serez déconnecté dans ${left}. ${whatToDo(canStay)}`,
  deviceTitle: (browser, os, device) => (browser && os ? `${browser} sur ${os}` : (browser ?? os ?? device)),
  deviceType: (category) =>
    ({
      desktop: 'Ordinateur',
      laptop: 'Ordinateur portable',
      phone: 'Téléphone',
      tablet: 'Tablette',
      unknown: 'Appareil inconnu',
    })[category],
  signedIn: (when, methods) => `Connecté${when ? ` ${when}` : ''}${methods ? ` avec ${methods}` : ''}`,
  anonymous: 'Pas encore connecté.',
  signOnHeading: 'Comment vous vous êtes connecté',
  methodsLabel: 'Méthodes',
  authenticators: {
    face: 'reconnaissance faciale',
    fpt: 'empreinte digitale',
    geo: 'vérification de la position',
    hwk: 'clé matérielle',
    iris: 'scan de l’iris',
    kba: 'questions de sécurité',
    mca: 'confirmation par un second canal',
    mfa: 'authentification multifacteur',
    otp: 'code à usage unique',
    pin: 'code PIN',
    pop: 'preuve de possession d’une clé',
    pwd: 'mot de passe',
    rba: 'contrôle des risques',
    retina: 'scan de la rétine',
    sc: 'carte à puce',
    sms: 'code par SMS',
    swk: 'clé logicielle',
    tel: 'appel téléphonique',
    rememberme: 'appareil mémorisé',
    user: 'vérification de présence',
    vbm: 'reconnaissance vocale',
    wia: 'connexion Windows',
  },
  signOnIp: 'Adresse IP',
  policy: 'Règle de connexion',
  policyTypes: { MULTI_FACTOR: 'Multifacteur', SINGLE_FACTOR: 'Un seul facteur' },
  deviceLabel: 'Appareil',
  browserLabel: 'Navigateur',
  unknownOs: 'Système d’exploitation inconnu',
  unknownBrowser: 'Navigateur inconnu',
  unknownTime: 'Heure inconnue',
  locationsHeading: 'Lieux récents',
  locationNote: 'Les lieux sont approximatifs, déduits de l’adresse IP.',
  noLocations: 'Aucun lieu enregistré.',
  unknownLocation: 'Lieu inconnu',
  seen: (count, n) => plural('fr', count, { one: `Vu ${n} fois`, other: `Vu ${n} fois` }),
  signOnLocation: 'Lieu de connexion',
  newCountry: 'Pas votre pays de connexion',
  showAll: (count, n) => plural('fr', count, { one: `Afficher ${n} lieu`, other: `Afficher les ${n} lieux` }),
  showFewer: 'Afficher moins',
  ipHidden: '(partiellement masquée)',
  showIp: 'Afficher l’IP complète',
  hideIp: 'Masquer l’IP complète',
  idleLabel: 'Délai d’inactivité',
  expiryLabel: 'Fin de session',
  until: (dateTime) => `jusqu’à ${dateTime}`,
  countdownExpired: 'Expiré',
  announceLeft: (label, duration) => `${label} : il reste ${duration}.`,
  announceExpired: (label) => `${label} : expiré.`,
};
