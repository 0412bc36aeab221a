import { clampDelay } from '../time/clampDelay.js';
import { RateLimitedError, SessionError, SessionHttpError, SessionServerError } from '../session/errors.js';

/** The HTTP statuses worth retrying, as Ping documents them: 408, 429, 500, 502, 503, 504. */
export const RETRYABLE_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];
/**
 * The longest `Retry-After` honoured inside a fetch's retries (30 s). A longer one ends the
 * retries: the state carries the error (with `retryAfterMs`) and the watcher comes back after it.
 */
export const MAX_RETRY_AFTER_IN_LOOP_MS = 30_000;

function retryAfterOf(error: unknown): number | undefined {
  return error instanceof RateLimitedError || error instanceof SessionServerError ? error.retryAfterMs : undefined;
}

/** Retries after the first failure, for errors worth retrying. */
export const MAX_SESSION_RETRIES = 3;
/** First backoff step, ms; doubles per failure. */
export const RETRY_BASE_MS = 1000;
/** Backoff cap, ms. */
export const RETRY_MAX_MS = 30_000;

/**
 * Whether a failed session fetch is worth retrying. Only transient failures are: the
 * {@link RETRYABLE_STATUSES}, network errors and timeouts. No-session (401/404), forbidden (403),
 * other 4xx, 501 and 505+, an invalid body and bad configuration give the same answer on a retry.
 * A `Retry-After` beyond {@link MAX_RETRY_AFTER_IN_LOOP_MS} ends the retries too.
 * @param failureCount failures so far (React Query's count: 0 on the first failure)
 */
export function shouldRetrySession(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_SESSION_RETRIES || !(error instanceof SessionError)) return false;
  if ((retryAfterOf(error) ?? 0) > MAX_RETRY_AFTER_IN_LOOP_MS) return false;
  if (error instanceof SessionHttpError) return RETRYABLE_STATUSES.includes(error.status);
  return error.kind === 'network' || error.kind === 'timeout';
}

/**
 * How long to wait before the next retry: the server's `Retry-After` when it gave one (429 or
 * 5xx; at most {@link MAX_RETRY_AFTER_IN_LOOP_MS}), else exponential backoff with "equal jitter" (half fixed, half random) capped at
 * {@link RETRY_MAX_MS}, so many tabs failing together do not retry in lockstep.
 * @param failureCount React Query's count: 0 on the first failure
 * @param random injectable for tests; defaults to `Math.random`
 */
export function sessionRetryDelay(failureCount: number, error: unknown, random: () => number = Math.random): number {
  const retryAfterMs = retryAfterOf(error);
  if (retryAfterMs !== undefined) return clampDelay(Math.min(retryAfterMs, MAX_RETRY_AFTER_IN_LOOP_MS));
  const step = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, failureCount));
  return clampDelay(step / 2 + (step / 2) * random());
}
