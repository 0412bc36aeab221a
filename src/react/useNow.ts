'use client';
import { useCallback, useSyncExternalStore } from 'react';
import { tickStart, type SessionClock } from '../time/clock.js';
import { useSessionClock } from './SessionClockProvider.js';

const getServerSnapshot = (): null => null;

/**
 * The clock's time, quantised down to the latest tick `anchorMs + k * unitMs` (default: whole
 * seconds), re-rendering once per unit. Returns `null` on the server and during hydration, so
 * markup that depends on "now" matches; the real value follows right after hydration.
 * @param clock overrides the clock from `SessionClockProvider`
 * @param anchorMs an instant the ticks fall on, e.g. a deadline (see `SessionClock.subscribe`)
 */
export function useNow(unitMs = 1000, clock?: SessionClock, anchorMs = 0): number | null {
  const contextClock = useSessionClock();
  const source = clock ?? contextClock;
  const unit = Number.isFinite(unitMs) && unitMs >= 1 ? unitMs : 1000;
  const anchor = Number.isFinite(anchorMs) ? anchorMs : 0;
  const subscribe = useCallback((onChange: () => void) => source.subscribe(onChange, unit, anchor), [source, unit, anchor]);
  // Quantised so the snapshot is stable between ticks (useSyncExternalStore requires it).
  const getSnapshot = useCallback(() => tickStart(source.now(), unit, anchor), [source, unit, anchor]);
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
