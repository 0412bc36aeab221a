import type { SessionMessages } from '../components/messages.js';
import { plural } from '../format/plural.js';

const whatToDo = (canStay: boolean) => (canStay ? 'اختر «البقاء مسجّلًا الدخول» للمتابعة.' : 'استخدم التطبيق لتبقى مسجّلًا الدخول.');
const inTime = (left: string | undefined) => (left ? ` (بعد ${left})` : '');

/** Arabic (right to left): `<SessionPanel dir="rtl" locale="ar-EG" messages={ar} />`. Six plural forms. */
export const ar: SessionMessages = {
  lang: 'ar',
  panelTitle: 'جلستك',
  loading: 'جارٍ تحميل جلستك…',
  refresh: 'تحديث',
  refreshing: 'جارٍ التحديث…',
  tryAgain: 'إعادة المحاولة',
  signInAgain: 'تسجيل الدخول مجددًا',
  staySignedIn: 'البقاء مسجّلًا الدخول',
  details: 'التفاصيل',
  thisDevice: 'هذا الجهاز',
  signedOut: (reason, idle) =>
    reason === 'idle-timeout'
      ? idle
        ? `سُجّل خروجك بعد ${idle} من عدم النشاط.`
        : 'سُجّل خروجك بسبب عدم النشاط.'
      : reason === 'ended'
        ? 'سُجّل خروجك لأن جلستك أُنهيت من مكان آخر.'
        : reason === 'not-signed-in'
          ? 'أنت لم تسجّل الدخول.'
          : 'تم تسجيل خروجك.',
  expired: 'انتهت مهلة جلستك. سجّل الدخول مجددًا للمتابعة.',
  stale: 'تعذّر التحديث.',
  offline: 'أنت غير متصل بالإنترنت.',
  shownFrom: (time) => `تُعرض البيانات كما كانت في ${time}.`,
  retrying: 'تعذّر التحديث. جارٍ إعادة المحاولة…',
  rateLimited: (wait) => (wait ? `طلبات كثيرة جدًا. ستُعاد المحاولة بعد ${wait}.` : 'طلبات كثيرة جدًا. ستُعاد المحاولة قريبًا.'),
  error: (kind) =>
    (
      ({
        network: 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك وأعد المحاولة.',
        forbidden: 'هذا التطبيق غير مسموح له بقراءة جلستك.',
        config: 'تعذّر تحميل الجلسة بسبب مشكلة في الإعدادات. تواصل مع دعم الموقع.',
      }) as Record<string, string>
    )[kind ?? ''] ?? 'تعذّر تحميل جلستك. أعد المحاولة.',
  timeoutHeading: 'تسجيل الخروج التلقائي',
  idleSentence: (idle, at, left) => `سيُسجَّل خروجك بعد ${idle} من عدم النشاط، في ${at}${inTime(left)}.`,
  deadlineSentence: (at, left) => `سيُسجَّل خروجك في ${at}${inTime(left)}.`,
  endSentence: (at, left) => `تنتهي جلستك في ${at}${inTime(left)} حتى لو بقيت نشطًا.`,
  noDeadline: 'لا يُعرف وقت لتسجيل الخروج من هذه الجلسة.',
  signOutIn: (time) => `سيُسجَّل خروجك بعد ${time}.`,
  whatToDo,
  phase: (phase) => ({ running: 'نشطة', warning: 'تنتهي قريبًا', critical: 'تنتهي الآن', expired: 'منتهية' })[phase],
  announce: (left, canStay) => `سيُسجَّل خروجك بعد ${left}. ${whatToDo(canStay)}`,
  deviceTitle: (browser, os, device) => (browser && os ? `${browser} على ${os}` : (browser ?? os ?? device)),
  deviceType: (category) =>
    ({ desktop: 'كمبيوتر', laptop: 'كمبيوتر محمول', phone: 'هاتف', tablet: 'جهاز لوحي', unknown: 'جهاز غير معروف' })[category],
  signedIn: (when, methods) => `سجّلت الدخول${when ? ` ${when}` : ''}${methods ? ` باستخدام ${methods}` : ''}`,
  anonymous: 'لم يُسجَّل الدخول بعد.',
  signOnHeading: 'كيف سجّلت الدخول',
  methodsLabel: 'الطرق',
  authenticators: {
    face: 'التعرّف على الوجه',
    fpt: 'بصمة الإصبع',
    geo: 'التحقق من الموقع',
    hwk: 'مفتاح أمان مادي',
    iris: 'مسح قزحية العين',
    kba: 'أسئلة الأمان',
    mca: 'تأكيد عبر قناة ثانية',
    mfa: 'المصادقة متعددة العوامل',
    otp: 'رمز لمرة واحدة',
    pin: 'رقم التعريف الشخصي',
    pop: 'إثبات حيازة مفتاح',
    pwd: 'كلمة المرور',
    rba: 'تقييم المخاطر',
    retina: 'مسح شبكية العين',
    sc: 'بطاقة ذكية',
    sms: 'رمز عبر رسالة نصية',
    swk: 'مفتاح برمجي',
    tel: 'مكالمة هاتفية',
    rememberme: 'جهاز تم تذكّره',
    user: 'التحقق من وجود المستخدم',
    vbm: 'التعرّف على الصوت',
    wia: 'تسجيل دخول Windows',
  },
  signOnIp: 'عنوان IP',
  policy: 'سياسة تسجيل الدخول',
  policyTypes: { MULTI_FACTOR: 'متعددة العوامل', SINGLE_FACTOR: 'عامل واحد' },
  deviceLabel: 'الجهاز',
  browserLabel: 'المتصفح',
  unknownOs: 'نظام تشغيل غير معروف',
  unknownBrowser: 'متصفح غير معروف',
  unknownTime: 'وقت غير معروف',
  locationsHeading: 'المواقع الأخيرة',
  locationNote: 'المواقع تقريبية، مستندة إلى عنوان IP.',
  noLocations: 'لا توجد مواقع مسجّلة.',
  unknownLocation: 'موقع غير معروف',
  seen: (count, n) =>
    plural('ar', count, {
      zero: `شوهد ${n} مرة`,
      one: 'شوهد مرة واحدة',
      two: 'شوهد مرتين',
      few: `شوهد ${n} مرات`,
      many: `شوهد ${n} مرة`,
      other: `شوهد ${n} مرة`,
    }),
  signOnLocation: 'مكان تسجيل الدخول',
  newCountry: 'ليس بلد تسجيل الدخول',
  showAll: (count, n) =>
    plural('ar', count, {
      one: 'عرض الموقع',
      two: 'عرض الموقعين',
      few: `عرض المواقع الـ${n}`,
      many: `عرض الـ${n} موقعًا`,
      other: `عرض الـ${n} موقع`,
    }),
  showFewer: 'عرض أقل',
  ipHidden: '(مخفي جزئيًا)',
  showIp: 'إظهار عنوان IP كاملًا',
  hideIp: 'إخفاء عنوان IP الكامل',
  idleLabel: 'مهلة الخمول',
  expiryLabel: 'نهاية الجلسة',
  until: (dateTime) => `حتى ${dateTime}`,
  countdownExpired: 'منتهية',
  announceLeft: (label, duration) => `${label}: متبقٍ ${duration}.`,
  announceExpired: (label) => `${label}: انتهت.`,
};
