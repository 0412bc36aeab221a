/** Default moments a countdown announces to screen readers: 5 min, 2 min, 1 min, 30 s left. */
export const DEFAULT_ANNOUNCE_AT_MS: readonly number[] = [300_000, 120_000, 60_000, 30_000];

/**
 * How far down the announcement ladder a remaining time is: 0 above every threshold, `k` once
 * the k-th largest threshold is reached, `thresholds.length + 1` at expiry. A countdown speaks
 * only when this number goes up, so a screen reader hears a handful of messages, not every tick.
 */
export function countdownLevel(remainingMs: number, thresholds: readonly number[] = DEFAULT_ANNOUNCE_AT_MS): number {
  if (remainingMs <= 0) return thresholds.length + 1;
  return thresholds.filter((t) => remainingMs <= t).length;
}

/** The threshold (ms) that level `k` (1-based) stands for, largest first; undefined otherwise. */
export function levelThreshold(level: number, thresholds: readonly number[] = DEFAULT_ANNOUNCE_AT_MS): number | undefined {
  return [...thresholds].sort((a, b) => b - a)[level - 1];
}
