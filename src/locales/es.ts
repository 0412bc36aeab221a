import type { SessionMessages } from '../components/messages.js';
import { plural } from '../format/plural.js';

const whatToDo = (canStay: boolean) =>
  canStay ? 'Elige «Mantener la sesión iniciada» para continuar.' : 'Usa la aplicación para mantener la sesión iniciada.';
const inTime = (left: string | undefined) => (left ? ` (en ${left})` : '');

/** Spanish: `<SessionPanel locale="es-ES" messages={es} />`. */
export const es: SessionMessages = {
  lang: 'es',
  panelTitle: 'Tu sesión',
  loading: 'Cargando tu sesión…',
  refresh: 'Actualizar',
  refreshing: 'Actualizando…',
  tryAgain: 'Reintentar',
  signInAgain: 'Volver a iniciar sesión',
  staySignedIn: 'Mantener la sesión iniciada',
  details: 'Detalles',
  thisDevice: 'Este dispositivo',
  signedOut: (reason, idle) =>
    reason === 'idle-timeout'
      ? idle
        ? `Se cerró tu sesión tras ${idle} de inactividad.`
        : 'Se cerró tu sesión por inactividad.'
      : reason === 'ended'
        ? 'Se cerró tu sesión porque se finalizó desde otro lugar.'
        : reason === 'not-signed-in'
          ? 'No has iniciado sesión.'
          : 'Tu sesión está cerrada.',
  expired: 'Tu sesión caducó. Vuelve a iniciar sesión para continuar.',
  stale: 'No se pudo actualizar.',
  offline: 'No tienes conexión.',
  shownFrom: (time) => `Datos de ${time}.`,
  retrying: 'No se pudo actualizar. Reintentando…',
  rateLimited: (wait) =>
    wait ? `Demasiadas solicitudes. Se reintentará en ${wait}.` : 'Demasiadas solicitudes. Se reintentará en breve.',
  error: (kind) =>
    (
      ({
        network: 'No se pudo contactar con el servidor. Comprueba tu conexión y vuelve a intentarlo.',
        forbidden: 'Esta aplicación no tiene permiso para leer tu sesión.',
        config: 'No se pudo cargar la sesión por un problema de configuración. Contacta con el soporte del sitio.',
      }) as Record<string, string>
    )[kind ?? ''] ?? 'No se pudo cargar tu sesión. Vuelve a intentarlo.',
  timeoutHeading: 'Cierre de sesión automático',
  idleSentence: (idle, at, left) => `Se cerrará tu sesión tras ${idle} de inactividad, a las ${at}${inTime(left)}.`,
  deadlineSentence: (at, left) => `Se cerrará tu sesión a las ${at}${inTime(left)}.`,
  endSentence: (at, left) => `Tu sesión termina a las ${at}${inTime(left)}, aunque sigas activo.`,
  noDeadline: 'Esta sesión no tiene hora de cierre conocida.',
  signOutIn: (time) => `Se cerrará tu sesión en ${time}.`,
  whatToDo,
  phase: (phase) => ({ running: 'Activa', warning: 'Termina pronto', critical: 'Termina ya', expired: 'Caducada' })[phase],
  announce: (left, canStay) => `Se cerrará tu sesión en ${left}. ${whatToDo(canStay)}`,
  deviceTitle: (browser, os, device) => (browser && os ? `${browser} en ${os}` : (browser ?? os ?? device)),
  deviceType: (category) =>
    ({ desktop: 'Ordenador', laptop: 'Portátil', phone: 'Teléfono', tablet: 'Tableta', unknown: 'Dispositivo desconocido' })[
      category
    ],
  signedIn: (when, methods) => `Sesión iniciada${when ? ` ${when}` : ''}${methods ? ` con ${methods}` : ''}`,
  anonymous: 'Aún no has iniciado sesión.',
  signOnHeading: 'Cómo iniciaste sesión',
  methodsLabel: 'Métodos',
  authenticators: {
    face: 'reconocimiento facial',
    fpt: 'huella digital',
    geo: 'comprobación de ubicación',
    hwk: 'llave física',
    iris: 'escaneo de iris',
    kba: 'preguntas de seguridad',
    mca: 'confirmación por un segundo canal',
    mfa: 'autenticación multifactor',
    otp: 'código de un solo uso',
    pin: 'PIN',
    pop: 'prueba de posesión de clave',
    pwd: 'contraseña',
    rba: 'comprobación de riesgo',
    retina: 'escaneo de retina',
    sc: 'tarjeta inteligente',
    sms: 'código por SMS',
    swk: 'clave de software',
    tel: 'llamada telefónica',
    rememberme: 'dispositivo recordado',
    user: 'comprobación de presencia',
    vbm: 'reconocimiento de voz',
    wia: 'inicio de sesión de Windows',
  },
  signOnIp: 'Dirección IP',
  policy: 'Política de inicio de sesión',
  policyTypes: { MULTI_FACTOR: 'Multifactor', SINGLE_FACTOR: 'Un solo factor' },
  deviceLabel: 'Dispositivo',
  browserLabel: 'Navegador',
  unknownOs: 'Sistema operativo desconocido',
  unknownBrowser: 'Navegador desconocido',
  unknownTime: 'Hora desconocida',
  locationsHeading: 'Ubicaciones recientes',
  locationNote: 'Las ubicaciones son aproximadas, según la dirección IP.',
  noLocations: 'No hay ubicaciones registradas.',
  unknownLocation: 'Ubicación desconocida',
  seen: (count, n) => plural('es', count, { one: 'Visto una vez', other: `Visto ${n} veces` }),
  signOnLocation: 'Donde iniciaste sesión',
  newCountry: 'No es tu país de inicio de sesión',
  showAll: (count, n) => plural('es', count, { one: `Mostrar ${n} ubicación`, other: `Mostrar las ${n} ubicaciones` }),
  showFewer: 'Mostrar menos',
  ipHidden: '(parcialmente oculta)',
  showIp: 'Mostrar IP completa',
  hideIp: 'Ocultar IP completa',
  idleLabel: 'Tiempo de inactividad',
  expiryLabel: 'Fin de la sesión',
  until: (dateTime) => `hasta ${dateTime}`,
  countdownExpired: 'Caducado',
  announceLeft: (label, duration) => `${label}: quedan ${duration}.`,
  announceExpired: (label) => `${label}: caducado.`,
};
