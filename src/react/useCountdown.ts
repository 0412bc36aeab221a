'use client';
import type { SessionClock } from '../time/clock.js';
import { DEFAULT_WARNING_MS } from '../query/schedule.js';
import { useNow } from './useNow.js';

/** Where a countdown stands: plenty of time, near the end, nearly over, or over. */
export type CountdownPhase = 'running' | 'warning' | 'critical' | 'expired';

/** Options of {@link useCountdown}. */
export interface CountdownOptions {
  /** Remaining time at or below which the phase is `'warning'` (default 5 min). */
  warningMs?: number;
  /** Remaining time at or below which the phase is `'critical'` (default 1 min). */
  criticalMs?: number;
  /** Overrides the clock from `SessionClockProvider`. */
  clock?: SessionClock;
}

/** A countdown's state at the current tick. */
export interface CountdownState {
  /** `deadline - now`, never below 0, in whole ticks: the true remaining time rounded up. */
  remainingMs: number;
  phase: CountdownPhase;
}

/** Default `criticalMs`: 1 minute. */
export const DEFAULT_CRITICAL_MS = 60_000;
const SECOND = 1000;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The phase for a remaining time; exported for components that compute it from other data. */
export function countdownPhase(
  remainingMs: number,
  thresholds: Pick<CountdownOptions, 'warningMs' | 'criticalMs'> = {},
): CountdownPhase {
  const { warningMs = DEFAULT_WARNING_MS, criticalMs = DEFAULT_CRITICAL_MS } = thresholds;
  if (remainingMs <= 0) return 'expired';
  if (remainingMs <= criticalMs) return 'critical';
  if (remainingMs <= warningMs) return 'warning';
  return 'running';
}

/**
 * A live countdown to `deadlineMs` (server-time epoch ms), computed as `deadline - now` on every
 * tick, never decremented. Ticks each second when under an hour (or the warning threshold) is
 * left, else each minute, on the deadline's own phase, so whole-second phase thresholds and
 * expiry land on their exact instants. Returns `null` when there is no deadline, on the server
 * and during hydration, so SSR markup matches; render an absolute `<time>` in that case.
 */
export function useCountdown(deadlineMs: number | null | undefined, options: CountdownOptions = {}): CountdownState | null {
  const warningMs = options.warningMs ?? DEFAULT_WARNING_MS;
  const criticalMs = options.criticalMs ?? DEFAULT_CRITICAL_MS;
  const hasDeadline = typeof deadlineMs === 'number' && Number.isFinite(deadlineMs);
  // Ticks are anchored at the deadline, so `deadline - now` is a whole number of units: the
  // digits step exactly one unit per tick and reach 0 at the deadline itself, not up to a unit late.
  const anchor = hasDeadline ? deadlineMs : 0;
  // Pick the unit from a minute-resolution reading first, so a far deadline never ticks per second.
  const coarse = useNow({ unitMs: MINUTE, clock: options.clock, anchorMs: anchor });
  const far = hasDeadline && coarse !== null && deadlineMs - coarse > Math.max(HOUR, warningMs, criticalMs) + MINUTE;
  const now = useNow({ unitMs: far || !hasDeadline ? MINUTE : SECOND, clock: options.clock, anchorMs: anchor });
  if (!hasDeadline || now === null) return null;
  const remainingMs = Math.max(0, deadlineMs - now);
  return { remainingMs, phase: countdownPhase(remainingMs, { warningMs, criticalMs }) };
}
