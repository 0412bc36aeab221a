import { clampDelay } from './clampDelay.js';
import { RateLimitedError, SessionError, SessionHttpError, SessionServerError } from './errors.js';

/** Retries after the first failure, for errors worth retrying. */
export const MAX_SESSION_RETRIES = 3;
/** First backoff step, ms; doubles per failure. */
export const RETRY_BASE_MS = 1000;
/** Backoff cap, ms. */
export const RETRY_MAX_MS = 30_000;

/**
 * Whether a failed session fetch is worth retrying. Only transient failures are: 408, 429, 5xx,
 * network and timeout (Ping's own SDK retries the same statuses). No-session (401/404), forbidden (403), other 4xx, an invalid body and bad
 * configuration give the same answer on a retry.
 * @param failureCount failures so far (React Query's count: 0 on the first failure)
 */
export function shouldRetrySession(failureCount: number, error: unknown): boolean {
  return (
    failureCount < MAX_SESSION_RETRIES &&
    error instanceof SessionError &&
    (['rate-limited', 'server', 'network', 'timeout'].includes(error.kind) || (error instanceof SessionHttpError && error.status === 408))
  );
}

/**
 * How long to wait before the next retry: the server's `Retry-After` when it gave one (429 or
 * 503), else exponential backoff with "equal jitter" (half fixed, half random) capped at
 * {@link RETRY_MAX_MS}, so many tabs failing together do not retry in lockstep.
 * @param failureCount React Query's count: 0 on the first failure
 * @param random injectable for tests; defaults to `Math.random`
 */
export function sessionRetryDelay(failureCount: number, error: unknown, random: () => number = Math.random): number {
  if ((error instanceof RateLimitedError || error instanceof SessionServerError) && error.retryAfterMs !== undefined) {
    return clampDelay(error.retryAfterMs);
  }
  const step = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, failureCount));
  return clampDelay(step / 2 + (step / 2) * random());
}
