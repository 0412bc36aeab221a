'use client';
import { useCallback, useSyncExternalStore } from 'react';
import type { SessionClock } from '../core/clock';
import { useSessionClock } from './SessionClockProvider';

const getServerSnapshot = (): null => null;

/**
 * The clock's time, quantised down to `unitMs` (default 1 s), re-rendering once per unit.
 * Returns `null` on the server and during hydration, so markup that depends on "now" matches;
 * the real value follows right after hydration.
 * @param clock overrides the clock from `SessionClockProvider`
 */
export function useNow(unitMs = 1000, clock?: SessionClock): number | null {
  const contextClock = useSessionClock();
  const source = clock ?? contextClock;
  const unit = Number.isFinite(unitMs) && unitMs >= 1 ? unitMs : 1000;
  const subscribe = useCallback((onChange: () => void) => source.subscribe(onChange, unit), [source, unit]);
  // Quantised so the snapshot is stable between ticks (useSyncExternalStore requires it).
  const getSnapshot = useCallback(() => Math.floor(source.now() / unit) * unit, [source, unit]);
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
