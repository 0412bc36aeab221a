import { MAX_TIMER_DELAY_MS } from '../time/clampDelay.js';
import { SessionConfigError } from './errors.js';

/** Default request timeout, ms. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Validates a `timeoutMs` option (default {@link DEFAULT_TIMEOUT_MS}): a number in
 * `(0, MAX_TIMER_DELAY_MS]`. Longer delays are refused, not clamped: timers (and
 * `AbortSignal.timeout`) fire a too-long delay at once, so `3e9` would time out in ~1 ms, and
 * anything past 24.8 days is a unit mistake rather than a wish. Shared by the server helpers.
 * @throws SessionConfigError naming the option, never its value
 */
export function checkTimeoutMs(timeoutMs: number = DEFAULT_TIMEOUT_MS): number {
  // Negated so that NaN, null and non-numeric strings fail too: comparisons with them are false.
  if (!(timeoutMs > 0 && timeoutMs <= MAX_TIMER_DELAY_MS))
    throw new SessionConfigError(`timeoutMs must be a positive number up to ${MAX_TIMER_DELAY_MS}`);
  return timeoutMs;
}
