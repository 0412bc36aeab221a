import type { Session } from './schema.js';

/** When a session ends, as epoch milliseconds; `null` where the data does not say. */
export interface SessionDeadlines {
  /** `activeAt + idleTimeoutInMinutes`: the idle deadline, which slides with activity. */
  idleExpiresAt: number | null;
  /** PingOne's `expiresAt`. */
  expiresAt: number | null;
  /** The earlier of the two. */
  effectiveExpiresAt: number | null;
  /** Which deadline is effective (`'idle'` on a tie, since activity moves it); `null` if neither is known. */
  limitedBy: 'idle' | 'absolute' | null;
}

function toMs(iso: string | undefined): number | null {
  if (iso === undefined) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * Computes a session's deadlines. Pure and total: any session gives an answer, including
 * PingOne's quirks (`activeAt` earlier than `createdAt`, a 50-day idle timeout).
 */
export function getSessionDeadlines(session: Session): SessionDeadlines {
  const activeAt = toMs(session.activeAt);
  const minutes = session.idleTimeoutInMinutes;
  const idleExpiresAt =
    activeAt !== null && minutes !== undefined && Number.isFinite(minutes) ? activeAt + minutes * 60_000 : null;
  const expiresAt = toMs(session.expiresAt);
  const limitedBy =
    idleExpiresAt !== null && (expiresAt === null || idleExpiresAt <= expiresAt)
      ? 'idle'
      : expiresAt !== null
        ? 'absolute'
        : null;
  const effectiveExpiresAt = limitedBy === 'idle' ? idleExpiresAt : expiresAt;
  return { idleExpiresAt, expiresAt, effectiveExpiresAt, limitedBy };
}
