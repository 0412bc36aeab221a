import type { AccountMessages } from '../components/accountMessages.js';
import { plural } from '../format/plural.js';

/** Arabic strings of `SessionList` and `SessionTimeoutDialog`: `messages={{ ...ar, ...arAccount }}`. */
export const arAccount: AccountMessages = {
  devicesTitle: 'أجهزتك',
  devicesLoading: 'جارٍ تحميل أجهزتك…',
  devicesError: 'تعذّر تحميل أجهزتك. حاول مرة أخرى.',
  activeNow: 'نشط الآن',
  lastActive: (when) => `آخر نشاط ${when}`,
  expiredLabel: 'منتهية',
  signOutDevice: 'تسجيل الخروج',
  signOutDeviceNamed: (device) => `تسجيل الخروج من ${device}`,
  confirmSignOutDevice: (device) => `تسجيل الخروج من ${device}؟ سيلزم تسجيل الدخول عليه مجددًا.`,
  confirmYes: 'نعم، سجّل الخروج',
  cancel: 'إلغاء',
  signOutOthers: 'تسجيل الخروج من كل الأجهزة الأخرى',
  confirmSignOutOthers: (count, n) =>
    plural('ar', count, {
      zero: 'لا توجد أجهزة أخرى',
      one: 'تسجيل الخروج من جهاز آخر؟',
      two: 'تسجيل الخروج من جهازين آخرين؟',
      few: `تسجيل الخروج من ${n} أجهزة أخرى؟`,
      many: `تسجيل الخروج من ${n} جهازًا آخر؟`,
      other: `تسجيل الخروج من ${n} جهاز آخر؟`,
    }),
  noOtherDevices: 'لم تسجّل الدخول على أي جهاز آخر.',
  expiredSessions: (_count, n) => `جلسات منتهية (${n})`,
  revokeFailed: (reason) =>
    reason === 'current-session'
      ? 'لا يمكن تسجيل خروج هذا الجهاز من القائمة؛ استخدم «تسجيل الخروج».'
      : reason === 'incomplete'
        ? 'تعذّر تسجيل الخروج من بعض الأجهزة. حاول مرة أخرى.'
        : 'تعذّر تسجيل الخروج من الجهاز. حاول مرة أخرى.',
  timeoutTitle: 'سيتم تسجيل خروجك قريبًا',
  timeoutBody: (left) => `حفاظًا على أمانك، سيتم تسجيل خروجك خلال ${left}.`,
  signOut: 'تسجيل الخروج',
  timedOutTitle: 'تم تسجيل خروجك',
};
