import type { Session } from './schema.js';

/** Which of a session's two deadlines: the idle timeout's, or the session's end (`expiresAt`). */
export type DeadlineKind = 'idle' | 'expiry';

/** When a session ends, as epoch milliseconds; `null` where the data does not say. */
export interface SessionDeadlines {
  /** `activeAt + idleTimeoutInMinutes`: the idle deadline, which slides with activity. */
  idleExpiresAt: number | null;
  /** PingOne's `expiresAt`. In PingOne's model it is the same idle deadline, computed by PingOne. */
  expiresAt: number | null;
  /** When the session ends unless there is activity first: the earlier of the two. */
  effectiveExpiresAt: number | null;
  /**
   * `'idle'` when the idle deadline decides (also when the two agree within a second, or when
   * only `expiresAt` is known, since PingOne computes it as `activeAt + idle`); `'expiry'` when
   * `expiresAt` is a real cap, more than a second before the idle deadline; `null` if neither is known.
   */
  limitedBy: DeadlineKind | null;
}

/** Deadlines this close (ms) are the same deadline: PingOne's and ours differ only by rounding. */
const SAME_DEADLINE_MS = 1000;
/** The largest time a `Date` can hold (±100 000 000 days), so every deadline formats. */
const MAX_DATE_MS = 8.64e15;

function inDateRange(ms: number): number | null {
  return Math.abs(ms) <= MAX_DATE_MS ? ms : null;
}

function toMs(iso: string | undefined): number | null {
  return iso === undefined ? null : inDateRange(Date.parse(iso));
}

/**
 * Computes a session's deadlines. Pure and total: any session gives an answer (PingOne's quirks
 * included) and every number it returns is a valid `Date`. `expiresAt` within 1 s of
 * `activeAt + idleTimeoutInMinutes` is the same idle deadline; one more than 1 s earlier is a real
 * cap (`limitedBy: 'expiry'`). Why: docs/pingone.md, "Deadlines".
 */
export function getSessionDeadlines(session: Session): SessionDeadlines {
  const activeAt = toMs(session.activeAt);
  const minutes = session.idleTimeoutInMinutes;
  const idleExpiresAt =
    activeAt !== null && typeof minutes === 'number' && minutes >= 0 ? inDateRange(activeAt + minutes * 60_000) : null;
  const expiresAt = toMs(session.expiresAt);
  const capped = expiresAt !== null && idleExpiresAt !== null && expiresAt < idleExpiresAt - SAME_DEADLINE_MS;
  const limitedBy = capped ? 'expiry' : idleExpiresAt !== null || expiresAt !== null ? 'idle' : null;
  const known = [idleExpiresAt, expiresAt].filter((ms): ms is number => ms !== null);
  const effectiveExpiresAt = known.length === 0 ? null : Math.min(...known);
  return { idleExpiresAt, expiresAt, effectiveExpiresAt, limitedBy };
}

/**
 * True when the session has a cap (`expiresAt`) more than a second before its idle deadline, so a
 * UI should show two deadlines; false when there is one deadline to show (the usual PingOne case,
 * where `expiresAt` is the idle deadline). Use it to decide "one countdown or two".
 */
export function hasSeparateExpiry(deadlines: SessionDeadlines): boolean {
  return deadlines.limitedBy === 'expiry';
}

/**
 * The deadline the person is counted down to: the idle deadline unless the session end is a
 * separate, earlier one (then that is when they are signed out, whatever they do).
 */
export function signOutDeadline(deadlines: SessionDeadlines | null | undefined): { at: number; kind: DeadlineKind } | null {
  if (!deadlines) return null;
  if (hasSeparateExpiry(deadlines) && deadlines.expiresAt !== null) return { at: deadlines.expiresAt, kind: 'expiry' };
  // One deadline: PingOne's expiresAt is activeAt + idle, so either field names it.
  const at = deadlines.idleExpiresAt ?? deadlines.expiresAt;
  return at === null ? null : { at, kind: 'idle' };
}
