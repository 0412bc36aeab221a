import type { AccountMessages } from '../components/accountMessages.js';
import { plural } from '../format/plural.js';

/** Spanish strings of `SessionList` and `SessionTimeoutDialog`: `messages={{ ...es, ...esAccount }}`. */
export const esAccount: AccountMessages = {
  devicesTitle: 'Tus dispositivos',
  devicesLoading: 'Cargando tus dispositivos…',
  devicesError: 'No se pudieron cargar tus dispositivos. Inténtalo de nuevo.',
  activeNow: 'Activo ahora',
  lastActive: (when) => `Última actividad ${when}`,
  expiredLabel: 'Caducada',
  signOutDevice: 'Cerrar sesión',
  signOutDeviceNamed: (device) => `Cerrar sesión en ${device}`,
  confirmSignOutDevice: (device) => `¿Cerrar sesión en ${device}? Tendrá que volver a iniciar sesión.`,
  confirmYes: 'Sí, cerrar sesión',
  cancel: 'Cancelar',
  signOutOthers: 'Cerrar sesión en todos los demás dispositivos',
  confirmSignOutOthers: (count, n) =>
    plural('es', count, { one: '¿Cerrar sesión en 1 dispositivo más?', other: `¿Cerrar sesión en ${n} dispositivos más?` }),
  noOtherDevices: 'No has iniciado sesión en ningún otro dispositivo.',
  expiredSessions: (_count, n) => `Sesiones caducadas (${n})`,
  revokeFailed: (reason) =>
    reason === 'current-session'
      ? 'No se puede cerrar la sesión de este dispositivo desde la lista: usa «Cerrar sesión».'
      : reason === 'incomplete'
        ? 'No se pudo cerrar la sesión en algunos dispositivos. Inténtalo de nuevo.'
        : 'No se pudo cerrar la sesión en el dispositivo. Inténtalo de nuevo.',
  timeoutTitle: 'Tu sesión está a punto de cerrarse',
  timeoutBody: (left) => `Por tu seguridad, cerraremos tu sesión en ${left}.`,
  signOut: 'Cerrar sesión',
  timedOutTitle: 'Se ha cerrado tu sesión',
};
