// The package's main entry point. Explicit exports only, values first, then types; one section per
// folder, in the layer order of docs/architecture.md: each section's folder imports only from the
// folders of the sections above it.

// --- time (src/time): the shared clock, timers and server-time offset, no React ---
export { clampDelay, MAX_TIMER_DELAY_MS } from './time/clampDelay.js';
export { createSessionClock, defaultSessionClock } from './time/clock.js';
export type { SessionClock, SessionClockOptions } from './time/clock.js';
export type { ServerTimeSample } from './time/serverOffset.js';

// --- session (src/session): the data path, no React: schema, parse, errors, endpoints, fetch, deadlines ---
export { parseSession } from './session/parseSession.js';
export { sessionSchema } from './session/schema.js';
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
} from './session/errors.js';
export { PINGONE_REGIONS, pingOneApiPath, pingOneAuthPath, sessionsMeUrl } from './session/endpoints.js';
export { fetchCurrentSession } from './session/fetchCurrentSession.js';
export { DEFAULT_TIMEOUT_MS } from './session/timeoutMs.js';
export { getSessionDeadlines, hasSeparateExpiry } from './session/deadlines.js';
export { AUTHENTICATOR_CODES, splitAuthenticatorCodes } from './session/authenticators.js';
export { parseRetryAfter } from './session/retryAfter.js';
export { signoffUrl } from './session/signoffUrl.js';
export type { Session, SessionLocation, SessionSignOn, SessionPolicy } from './session/schema.js';
export type { ParsedSession } from './session/parseSession.js';
export type { SessionDroppedField } from './session/readSession.js';
export type {
  SessionErrorKind,
  SessionErrorOptions,
  SessionHttpErrorOptions,
  PingOneErrorBody,
  PingOneErrorDetail,
  SessionResponseIssue,
} from './session/errors.js';
export type { PingOneRegion, PingOneLocation } from './session/endpoints.js';
export type { FetchCurrentSessionOptions } from './session/fetchCurrentSession.js';
export type { DeadlineKind, SessionDeadlines } from './session/deadlines.js';
export type { AuthenticatorCode } from './session/authenticators.js';
export type { SignoffUrlOptions } from './session/signoffUrl.js';

// --- query (src/query): React Query options, prefetch, refetch schedule and state, account fetchers, no React ---
export {
  fetchUserSessions,
  parseUserSessionList,
  groupUserSessions,
  revokeUserSession,
  revokeOtherUserSessions,
  SessionRevokeError,
} from './query/userSessions.js';
export { extendSession, signOffSession } from './query/sessionWrites.js';
export { userSessionsQueryOptions, userSessionsQueryKey } from './query/userSessionsQueryOptions.js';
export { DEFAULT_WARNING_MS, DEFAULT_FOCUS_COOLDOWN_MS } from './query/schedule.js';
export { currentSessionQueryOptions, currentSessionQueryKey } from './query/currentSessionQueryOptions.js';
export { prefetchCurrentSession } from './query/prefetchCurrentSession.js';
export type { AccountRequestOptions } from './query/accountRequest.js';
export type { UserSessionList, UserSessionItem, UserSessionGroups, RevokeRefusal } from './query/userSessions.js';
export type { ExtendedSession } from './query/sessionWrites.js';
export type { AccountSecurityConfig, UserSessionsQueryKey } from './query/userSessionsQueryOptions.js';
export type { CurrentSessionConfig, CurrentSessionQueryKey } from './query/currentSessionQueryOptions.js';
export type { SignedOutReason } from './query/sessionQueryStore.js';
export type {
  CurrentSessionStatus,
  CurrentSessionState,
  PendingSessionState,
  ActiveSessionState,
  ExpiredSessionState,
  SignedOutSessionState,
  ErrorSessionState,
} from './query/currentSessionState.js';

// --- format (src/format): values into words with cached Intl formatters, no React ---
export { plural } from './format/plural.js';
export { maskIp, IP_MASK } from './format/maskIp.js';
export { formatCountdown, formatDurationParts } from './format/formatDuration.js';
export { groupLocations, formatPlace } from './format/groupLocations.js';
export type { PluralForms } from './format/plural.js';
export type { LocationGroup } from './format/groupLocations.js';
export type { DeviceCategory } from './format/userAgentText.js';

// --- react (src/react): thin hooks and providers over query/ and time/ ---
export { SessionClockProvider, useSessionClock } from './react/SessionClockProvider.js';
export { SessionConfigProvider, useSessionConfig } from './react/SessionConfigProvider.js';
export { useNow } from './react/useNow.js';
export { useCountdown, countdownPhase, DEFAULT_CRITICAL_MS } from './react/useCountdown.js';
export { useCurrentSession } from './react/useCurrentSession.js';
export { useUserSessions } from './react/useUserSessions.js';
export { useRevokeSession } from './react/useRevokeSession.js';
export { useRevokeOtherSessions } from './react/useRevokeOtherSessions.js';
export { useExtendSession } from './react/useExtendSession.js';
export { useSignOff } from './react/useSignOff.js';
export type { UserSessionsState } from './react/useUserSessions.js';
export type { SignOffOptions } from './react/useSignOff.js';
export type { SessionClockProviderProps } from './react/SessionClockProvider.js';
export type { SessionConfigProviderProps } from './react/SessionConfigProvider.js';
export type { UseNowOptions } from './react/useNow.js';
export type { CountdownPhase, CountdownOptions, CountdownState } from './react/useCountdown.js';

// --- components (src/components): the panel and its parts, message catalogs ---
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
export type { SessionI18nProps } from './components/types.js';
