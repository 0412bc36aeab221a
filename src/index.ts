// The package's main entry point: core (no React), React hooks, and components.
// Explicit exports only: values first, then types. Each section is owned by one folder.

// --- core ---
export { parseSession } from './core/parseSession.js';
export { sessionSchema } from './core/schema.js';
export {
  SessionError,
  SessionHttpError,
  NoSessionError,
  SessionForbiddenError,
  RateLimitedError,
  SessionServerError,
  SessionNetworkError,
  SessionTimeoutError,
  SessionResponseError,
  SessionConfigError,
  isSessionError,
} from './core/errors.js';
export { PINGONE_REGIONS, pingOneApiPath, pingOneAuthPath, sessionsMeUrl } from './core/endpoints.js';
export { fetchCurrentSession, DEFAULT_TIMEOUT_MS } from './core/fetchCurrentSession.js';
export { getSessionDeadlines, hasSeparateExpiry } from './core/deadlines.js';
export { AUTHENTICATOR_CODES, splitAuthenticatorCodes } from './core/authenticators.js';
export { clampDelay, MAX_TIMER_DELAY_MS } from './core/clampDelay.js';
export { parseRetryAfter } from './core/retryAfter.js';
export type { Session, SessionLocation, SessionSignOn, SessionPolicy } from './core/schema.js';
export type { ParsedSession } from './core/parseSession.js';
export type { SessionDroppedField } from './core/readSession.js';
export type {
  SessionErrorKind,
  SessionErrorOptions,
  SessionHttpErrorOptions,
  PingOneErrorBody,
  PingOneErrorDetail,
  SessionResponseIssue,
} from './core/errors.js';
export type { PingOneRegion, PingOneLocation } from './core/endpoints.js';
export type { FetchCurrentSessionOptions, ServerTimeSample } from './core/fetchCurrentSession.js';
export type { SessionDeadlines } from './core/deadlines.js';
export type { AuthenticatorCode } from './core/authenticators.js';
// Account security (issue 13): non-React fetchers and list parsing.
export { signoffUrl } from './core/signoffUrl.js';
export { fetchUserSessions, parseUserSessionList, groupUserSessions, revokeUserSession, revokeOtherUserSessions, SessionRevokeError } from './query/userSessions.js';
export { extendSession, signOffSession } from './query/sessionWrites.js';
export { userSessionsQueryOptions, userSessionsQueryKey } from './query/userSessionsQueryOptions.js';
export type { SignoffUrlOptions } from './core/signoffUrl.js';
export type { AccountRequestOptions } from './query/accountRequest.js';
export type { UserSessionList, UserSessionItem, UserSessionGroups, RevokeRefusal } from './query/userSessions.js';
export type { ExtendedSession } from './query/sessionWrites.js';
export type { AccountSecurityConfig, UserSessionsQueryKey } from './query/userSessionsQueryOptions.js';

// --- react (src/react) ---
export { createSessionClock, defaultSessionClock } from './core/clock.js';
export { DEFAULT_WARNING_MS, DEFAULT_FOCUS_COOLDOWN_MS } from './core/schedule.js';
export { SessionClockProvider, useSessionClock } from './react/SessionClockProvider.js';
export { SessionConfigProvider, useSessionConfig } from './react/SessionConfigProvider.js';
export { useNow } from './react/useNow.js';
export { useCountdown, countdownPhase, DEFAULT_CRITICAL_MS } from './react/useCountdown.js';
export { currentSessionQueryOptions, currentSessionQueryKey } from './react/currentSessionQueryOptions.js';
export { prefetchCurrentSession } from './react/prefetchCurrentSession.js';
export { useCurrentSession } from './react/useCurrentSession.js';
export { useUserSessions } from './react/useUserSessions.js';
export { useRevokeSession } from './react/useRevokeSession.js';
export { useRevokeOtherSessions } from './react/useRevokeOtherSessions.js';
export { useExtendSession } from './react/useExtendSession.js';
export { useSignOff } from './react/useSignOff.js';
export type { UserSessionsState } from './react/useUserSessions.js';
export type { SignOffOptions } from './react/useSignOff.js';
export type { SessionClock, SessionClockOptions } from './core/clock.js';
export type { SessionClockProviderProps } from './react/SessionClockProvider.js';
export type { SessionConfigProviderProps } from './react/SessionConfigProvider.js';
export type { CountdownPhase, CountdownOptions, Countdown } from './react/useCountdown.js';
export type { CurrentSessionConfig, CurrentSessionQueryKey } from './react/currentSessionQueryOptions.js';
export type { SignedOutReason } from './react/sessionQueryStore.js';
export type {
  CurrentSessionStatus,
  CurrentSessionState,
  PendingSessionState,
  ActiveSessionState,
  ExpiredSessionState,
  SignedOutSessionState,
  ErrorSessionState,
} from './react/currentSessionState.js';

// --- components (src/components) ---
export { SessionPanel } from './components/SessionPanel.js';
export { SessionList } from './components/SessionList.js';
export { SessionTimeoutDialog, DEFAULT_TIMEOUT_DIALOG_MS } from './components/SessionTimeoutDialog.js';
export { SessionPanelView, SESSION_PANEL_SECTIONS } from './components/SessionPanelView.js';
export { DeviceSummary } from './components/DeviceSummary.js';
export { BrowserSummary } from './components/BrowserSummary.js';
export { LocationHistory } from './components/LocationHistory.js';
export { SignOnSummary } from './components/SignOnSummary.js';
export { IdleCountdown } from './components/IdleCountdown.js';
export { ExpiryCountdown } from './components/ExpiryCountdown.js';
export { MaskedIp } from './components/MaskedIp.js';
export { SessionI18nProvider, useSessionI18n } from './components/SessionI18nProvider.js';
export { defaultMessages, POLICY_TYPES } from './components/messages.js';
export { plural } from './core/formatPlural.js';
export { maskIp, IP_MASK } from './core/formatIp.js';
export { formatCountdown, formatDurationParts } from './core/formatDuration.js';
export { groupLocations, formatPlace } from './core/formatLocations.js';
export type { SessionPanelProps } from './components/SessionPanel.js';
export type { SessionListProps } from './components/SessionList.js';
export type { SessionTimeoutDialogProps } from './components/SessionTimeoutDialog.js';
export type { SessionPanelViewProps, SessionPanelSection } from './components/SessionPanelView.js';
export type { SessionPanelStatus } from './components/SessionPanelNotice.js';
export type { DeviceSummaryProps } from './components/DeviceSummary.js';
export type { BrowserSummaryProps } from './components/BrowserSummary.js';
export type { LocationHistoryProps } from './components/LocationHistory.js';
export type { SignOnSummaryProps } from './components/SignOnSummary.js';
export type { IdleCountdownProps } from './components/IdleCountdown.js';
export type { ExpiryCountdownProps } from './components/ExpiryCountdown.js';
export type { CountdownProps } from './components/Countdown.js';
export type { MaskedIpProps } from './components/MaskedIp.js';
export type { SessionI18n, SessionI18nProviderProps, ResolvedSessionI18n } from './components/SessionI18nProvider.js';
export type { SessionMessages, PolicyType } from './components/messages.js';
export type { PluralForms } from './core/formatPlural.js';
export type { SessionI18nProps } from './components/types.js';
export type { LocationGroup } from './core/formatLocations.js';
export type { DeviceCategory } from './core/formatText.js';
