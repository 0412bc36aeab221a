/** The largest delay `setTimeout` honours (2^31-1 ms, about 24.8 days); longer ones fire at once. */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

/**
 * Clamps a delay into `[0, 2^31-1]` so it is safe to hand to `setTimeout`. Callers that wait
 * longer re-arm when the clamped timer fires. `NaN` and `Infinity` clamp to the maximum, so a
 * bad computation waits rather than firing in a loop.
 */
export function clampDelay(ms: number): number {
  if (Number.isNaN(ms)) return MAX_TIMER_DELAY_MS;
  return Math.min(Math.max(0, ms), MAX_TIMER_DELAY_MS);
}
