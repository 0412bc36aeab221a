import type { AccountMessages } from '../components/accountMessages.js';

/** Japanese strings of `SessionList` and `SessionTimeoutDialog`: `messages={{ ...ja, ...jaAccount }}`. */
export const jaAccount: AccountMessages = {
  devicesTitle: 'お使いのデバイス',
  devicesLoading: 'デバイスを読み込んでいます…',
  devicesError: 'デバイスを読み込めませんでした。もう一度お試しください。',
  activeNow: '現在アクティブ',
  lastActive: (when) => `最終アクティビティ: ${when}`,
  expiredLabel: '期限切れ',
  signOutDevice: 'サインアウト',
  signOutDeviceNamed: (device) => `${device} をサインアウト`,
  confirmSignOutDevice: (device) => `${device} をサインアウトしますか？再度サインインが必要になります。`,
  confirmYes: 'サインアウトする',
  cancel: 'キャンセル',
  signOutOthers: '他のすべてのデバイスをサインアウト',
  confirmSignOutOthers: (_count, n) => `他の ${n} 台のデバイスをサインアウトしますか？`,
  noOtherDevices: '他のデバイスではサインインしていません。',
  expiredSessions: (_count, n) => `期限切れのセッション (${n})`,
  revokeFailed: (reason) =>
    reason === 'current-session'
      ? 'このデバイスは一覧からサインアウトできません。「サインアウト」を使用してください。'
      : reason === 'incomplete'
        ? '一部のデバイスをサインアウトできませんでした。もう一度お試しください。'
        : 'デバイスをサインアウトできませんでした。もう一度お試しください。',
  timeoutTitle: 'まもなくサインアウトされます',
  timeoutBody: (left) => `セキュリティのため、${left}後にサインアウトされます。`,
  signOut: 'サインアウト',
  timedOutTitle: 'サインアウトされました',
};
