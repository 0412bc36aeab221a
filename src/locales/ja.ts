import type { SessionMessages } from '../components/messages.js';

const whatToDo = (canStay: boolean) =>
  canStay ? '続けるには「サインインを続ける」を選んでください。' : 'サインインを続けるには、アプリを操作してください。';
const inTime = (left: string | undefined) => (left ? `(あと${left})` : '');

/** Japanese: `<SessionPanel locale="ja-JP" messages={ja} />`. Japanese has one plural form. */
export const ja: SessionMessages = {
  lang: 'ja',
  panelTitle: 'ご利用中のセッション',
  loading: 'セッションを読み込んでいます…',
  refresh: '更新',
  refreshing: '更新中…',
  tryAgain: '再試行',
  signInAgain: 'もう一度サインイン',
  staySignedIn: 'サインインを続ける',
  details: '詳細',
  thisDevice: 'このデバイス',
  signedOut: (reason, idle) =>
    reason === 'idle-timeout'
      ? idle
        ? `${idle}操作がなかったため、サインアウトしました。`
        : '操作がなかったため、サインアウトしました。'
      : reason === 'ended'
        ? '別の場所でセッションが終了されたため、サインアウトしました。'
        : reason === 'not-signed-in'
          ? 'サインインしていません。'
          : 'サインアウトしています。',
  expired: 'セッションの有効期限が切れました。続けるにはもう一度サインインしてください。',
  stale: '更新できませんでした。',
  offline: 'オフラインです。',
  shownFrom: (time) => `${time}時点の情報を表示しています。`,
  retrying: '更新できませんでした。再試行しています…',
  rateLimited: (wait) =>
    wait ? `リクエストが多すぎます。${wait}後に再試行します。` : 'リクエストが多すぎます。まもなく再試行します。',
  error: (kind) =>
    (
      ({
        network: 'サーバーに接続できませんでした。接続を確認して、もう一度お試しください。',
        forbidden: 'このアプリにはセッションを読み取る権限がありません。',
        config: '構成の問題のため、セッションを読み込めませんでした。サイトのサポートにお問い合わせください。',
      }) as Record<string, string>
    )[kind ?? ''] ?? 'セッションを読み込めませんでした。もう一度お試しください。',
  timeoutHeading: '自動サインアウト',
  idleSentence: (idle, at, left) => `${idle}操作がないと、${at}にサインアウトされます${inTime(left)}。`,
  deadlineSentence: (at, left) => `${at}にサインアウトされます${inTime(left)}。`,
  endSentence: (at, left) => `操作を続けていても、セッションは${at}に終了します${inTime(left)}。`,
  noDeadline: 'このセッションのサインアウト時刻は不明です。',
  signOutIn: (time) => `あと${time}でサインアウトされます。`,
  whatToDo,
  phase: (phase) => ({ running: '有効', warning: 'まもなく終了', critical: '終了直前', expired: '期限切れ' })[phase],
  announce: (left, canStay) => `あと${left}でサインアウトされます。${whatToDo(canStay)}`,
  deviceTitle: (browser, os, device) => (browser && os ? `${os} の ${browser}` : (browser ?? os ?? device)),
  deviceType: (category) =>
    ({
      desktop: 'コンピューター',
      laptop: 'ノートパソコン',
      phone: 'スマートフォン',
      tablet: 'タブレット',
      unknown: '不明なデバイス',
    })[category],
  signedIn: (when, methods) => `${when ? `${when}に` : ''}${methods ? `${methods}で` : ''}サインイン`,
  anonymous: 'まだサインインしていません。',
  signOnHeading: 'サインインの方法',
  methodsLabel: '方法',
  authenticators: {
    face: '顔認証',
    fpt: '指紋認証',
    geo: '位置情報の確認',
    hwk: 'ハードウェアキー',
    iris: '虹彩認証',
    kba: '秘密の質問',
    mca: '別経路での確認',
    mfa: '多要素認証',
    otp: 'ワンタイムコード',
    pin: '暗証番号',
    pop: '鍵の所持の証明',
    pwd: 'パスワード',
    rba: 'リスク評価',
    retina: '網膜認証',
    sc: 'スマートカード',
    sms: 'SMS コード',
    swk: 'ソフトウェアキー',
    tel: '電話',
    rememberme: '記憶済みのデバイス',
    user: '本人の在席確認',
    vbm: '音声認証',
    wia: 'Windows サインイン',
  },
  signOnIp: 'IP アドレス',
  policy: 'サインオンポリシー',
  policyTypes: { MULTI_FACTOR: '多要素', SINGLE_FACTOR: '単一要素' },
  deviceLabel: 'デバイス',
  browserLabel: 'ブラウザー',
  unknownOs: '不明なオペレーティングシステム',
  unknownBrowser: '不明なブラウザー',
  unknownTime: '不明な時刻',
  locationsHeading: '最近の場所',
  locationNote: '場所は IP アドレスから推定したおおよその位置です。',
  noLocations: '記録された場所はありません。',
  unknownLocation: '不明な場所',
  seen: (_count, n) => `${n} 回確認`,
  signOnLocation: 'サインインした場所',
  newCountry: 'サインイン時と異なる国',
  showAll: (_count, n) => `${n} か所すべてを表示`,
  showFewer: '表示を減らす',
  ipHidden: '(一部非表示)',
  showIp: 'IP をすべて表示',
  hideIp: 'IP を隠す',
  idleLabel: '無操作タイムアウト',
  expiryLabel: 'セッション終了',
  until: (dateTime) => `${dateTime}まで`,
  countdownExpired: '期限切れ',
  announceLeft: (label, duration) => `${label}:残り${duration}。`,
  announceExpired: (label) => `${label}:期限切れ。`,
};
