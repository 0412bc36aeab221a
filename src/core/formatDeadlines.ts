import { formatDateTime } from './formatRelative.js';
import type { SessionDeadlines } from './deadlines.js';

/** Deadlines closer than this are one deadline (PingOne's `expiresAt` is `activeAt + idle`). */
export const SAME_DEADLINE_MS = 1000;

/**
 * Whether the session end (`expiresAt`) is a deadline of its own, to be shown beside the idle
 * one: it exists and differs from the idle deadline by more than a second.
 * Local copy of the rule in `hasSeparateExpiry` (issue 10, src/core/deadlines.ts); the UI
 * switches to that export when it lands.
 */
export function hasSeparateExpiry(deadlines: SessionDeadlines | null | undefined): boolean {
  if (!deadlines || deadlines.expiresAt === null) return false;
  return deadlines.idleExpiresAt === null || Math.abs(deadlines.expiresAt - deadlines.idleExpiresAt) > SAME_DEADLINE_MS;
}

/**
 * The deadline the person is counted down to: the idle deadline unless the session end is a
 * separate, earlier one (then that is when they are signed out, whatever they do).
 */
export function signOutDeadline(deadlines: SessionDeadlines | null | undefined): { at: number; kind: 'idle' | 'expiry' } | null {
  if (!deadlines) return null;
  const { idleExpiresAt: idle, expiresAt: end } = deadlines;
  if (end !== null && (idle === null || (hasSeparateExpiry(deadlines) && end < idle))) return { at: end, kind: 'expiry' };
  return idle === null ? null : { at: idle, kind: 'idle' };
}

/**
 * A deadline as a person reads it: the time alone when it falls within the next 24 hours
 * (`12:34 PM`), else date and time. With `stable` (server render, hydration) and locale or time
 * zone left to the runtime, the locale-neutral UTC form every runtime agrees on.
 */
export function formatDeadline(ms: number, nowMs: number | null, locale?: string, timeZone?: string): string {
  const soon = nowMs !== null && Math.abs(ms - nowMs) < 86_400_000;
  return soon ? new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(ms) : formatDateTime(ms, locale, timeZone, nowMs === null);
}
