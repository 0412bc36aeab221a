// The package's main entry point: core (no React), React hooks, and components.
// Explicit exports only: values first, then types. Each section is owned by one folder.

// --- core ---
export { parseSession } from './core/parseSession';
export { sessionSchema } from './core/schema';
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
} from './core/errors';
export { PINGONE_REGIONS, pingOneApiPath, pingOneAuthPath, sessionsMeUrl } from './core/endpoints';
export { fetchCurrentSession, DEFAULT_TIMEOUT_MS } from './core/fetchCurrentSession';
export { getSessionDeadlines } from './core/deadlines';
export { clampDelay, MAX_TIMER_DELAY_MS } from './core/clampDelay';
export { parseRetryAfter } from './core/retryAfter';
export type { Session, SessionLocation, SessionSignOn } from './core/schema';
export type {
  SessionErrorKind,
  SessionErrorOptions,
  SessionHttpErrorOptions,
  PingOneErrorBody,
  PingOneErrorDetail,
  SessionResponseIssue,
} from './core/errors';
export type { PingOneRegion, PingOneLocation } from './core/endpoints';
export type { FetchCurrentSessionOptions, ServerTimeSample } from './core/fetchCurrentSession';
export type { SessionDeadlines } from './core/deadlines';

// --- react (src/react) ---
export { createSessionClock, defaultSessionClock } from './core/clock';
export { DEFAULT_WARNING_MS, DEFAULT_FOCUS_COOLDOWN_MS } from './core/schedule';
export { SessionClockProvider, useSessionClock } from './react/SessionClockProvider';
export { SessionConfigProvider, useSessionConfig } from './react/SessionConfigProvider';
export { useNow } from './react/useNow';
export { useCountdown, countdownPhase, DEFAULT_CRITICAL_MS } from './react/useCountdown';
export { currentSessionQueryOptions, currentSessionQueryKey } from './react/currentSessionQueryOptions';
export { useCurrentSession } from './react/useCurrentSession';
export type { SessionClock, SessionClockOptions } from './core/clock';
export type { SessionClockProviderProps } from './react/SessionClockProvider';
export type { SessionConfigProviderProps } from './react/SessionConfigProvider';
export type { CountdownPhase, CountdownOptions, Countdown } from './react/useCountdown';
export type { CurrentSessionConfig, CurrentSessionQueryKey } from './react/currentSessionQueryOptions';
export type {
  CurrentSessionStatus,
  CurrentSessionState,
  PendingSessionState,
  ActiveSessionState,
  ExpiredSessionState,
  SignedOutSessionState,
  ErrorSessionState,
} from './react/currentSessionState';

// --- components (src/components) ---
export { SessionPanel } from './components/SessionPanel';
export { SessionPanelView, SESSION_PANEL_SECTIONS } from './components/SessionPanelView';
export { DeviceSummary } from './components/DeviceSummary';
export { BrowserSummary } from './components/BrowserSummary';
export { LocationHistory } from './components/LocationHistory';
export { SignOnSummary } from './components/SignOnSummary';
export { IdleCountdown } from './components/IdleCountdown';
export { ExpiryCountdown } from './components/ExpiryCountdown';
export { MaskedIp } from './components/MaskedIp';
export { SessionI18nProvider, useSessionI18n } from './components/SessionI18nProvider';
export { defaultMessages } from './components/messages';
export { maskIp, IP_MASK } from './core/formatIp';
export { formatCountdown, formatDurationParts } from './core/formatDuration';
export { groupLocations, formatPlace } from './core/formatLocations';
export type { SessionPanelProps } from './components/SessionPanel';
export type { SessionPanelViewProps, SessionPanelSection } from './components/SessionPanelView';
export type { SessionPanelStatus } from './components/SessionPanelNotice';
export type { DeviceSummaryProps } from './components/DeviceSummary';
export type { BrowserSummaryProps } from './components/BrowserSummary';
export type { LocationHistoryProps } from './components/LocationHistory';
export type { SignOnSummaryProps } from './components/SignOnSummary';
export type { IdleCountdownProps } from './components/IdleCountdown';
export type { ExpiryCountdownProps } from './components/ExpiryCountdown';
export type { CountdownProps } from './components/Countdown';
export type { MaskedIpProps } from './components/MaskedIp';
export type { SessionI18n, SessionI18nProviderProps, ResolvedSessionI18n } from './components/SessionI18nProvider';
export type { SessionMessages } from './components/messages';
export type { SessionI18nProps } from './components/types';
export type { LocationGroup } from './core/formatLocations';
export type { DeviceCategory } from './core/formatText';
