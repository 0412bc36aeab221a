import type { AccountMessages } from '../components/accountMessages.js';
import { plural } from '../format/plural.js';

/** French strings of `SessionList` and `SessionTimeoutDialog`: `messages={{ ...fr, ...frAccount }}`. */
export const frAccount: AccountMessages = {
  devicesTitle: 'Vos appareils',
  devicesLoading: 'Chargement de vos appareils…',
  devicesError: 'Impossible de charger vos appareils. Réessayez.',
  activeNow: 'Actif maintenant',
  lastActive: (when) => `Dernière activité ${when}`,
  expiredLabel: 'Expirée',
  signOutDevice: 'Déconnecter',
  signOutDeviceNamed: (device) => `Déconnecter ${device}`,
  confirmSignOutDevice: (device) => `Déconnecter ${device} ? Il faudra s’y reconnecter.`,
  confirmYes: 'Oui, déconnecter',
  cancel: 'Annuler',
  signOutOthers: 'Déconnecter tous les autres appareils',
  confirmSignOutOthers: (count, n) =>
    plural('fr', count, { one: 'Déconnecter 1 autre appareil ?', other: `Déconnecter ${n} autres appareils ?` }),
  noOtherDevices: 'Vous n’êtes connecté sur aucun autre appareil.',
  expiredSessions: (_count, n) => `Sessions expirées (${n})`,
  revokeFailed: (reason) =>
    reason === 'current-session'
      ? 'Cet appareil ne peut pas être déconnecté depuis la liste : utilisez « Se déconnecter ».'
      : reason === 'incomplete'
        ? 'Certains appareils n’ont pas pu être déconnectés. Réessayez.'
        : 'L’appareil n’a pas pu être déconnecté. Réessayez.',
  timeoutTitle: 'Vous allez être déconnecté',
  timeoutBody: (left) => `Pour votre sécurité, vous serez déconnecté dans ${left}.`,
  signOut: 'Se déconnecter',
  timedOutTitle: 'Vous avez été déconnecté',
};
