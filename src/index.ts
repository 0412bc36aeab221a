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

// --- components (src/components) ---
