'use client';
import { useCallback, useSyncExternalStore } from 'react';
import { tickStart, type SessionClock } from '../time/clock.js';
import { useSessionClock } from './SessionClockProvider.js';

/** Options of {@link useNow}. */
export interface UseNowOptions {
  /** Length of one tick, ms (default 1000: whole seconds). */
  unitMs?: number;
  /** Overrides the clock from `SessionClockProvider`. */
  clock?: SessionClock;
  /** An instant the ticks fall on, e.g. a deadline (default 0; see `SessionClock.subscribe`). */
  anchorMs?: number;
}

const getServerSnapshot = (): null => null;

/**
 * The clock's time, quantised down to the latest tick `anchorMs + k * unitMs` (default: whole
 * seconds), re-rendering once per unit. Returns `null` on the server and during hydration, so
 * markup that depends on "now" matches; the real value follows right after hydration.
 */
export function useNow(options: UseNowOptions = {}): number | null {
  const { unitMs = 1000, clock, anchorMs = 0 } = options;
  const contextClock = useSessionClock();
  const source = clock ?? contextClock;
  const unit = Number.isFinite(unitMs) && unitMs >= 1 ? unitMs : 1000;
  const anchor = Number.isFinite(anchorMs) ? anchorMs : 0;
  const subscribe = useCallback((onChange: () => void) => source.subscribe(onChange, unit, anchor), [source, unit, anchor]);
  // Quantised so the snapshot is stable between ticks (useSyncExternalStore requires it).
  const getSnapshot = useCallback(() => tickStart(source.now(), unit, anchor), [source, unit, anchor]);
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
