import type { SessionDeadlines } from '../session/deadlines.js';

/** Default time before the deadline at which countdowns turn to `'warning'` (5 min). */
export const DEFAULT_WARNING_MS = 5 * 60_000;
/** The activity probe runs this long before the warning threshold ("shortly before"). */
export const PROBE_LEAD_MS = 30_000;
/** The confirming refetch runs this long after the effective deadline (covers clock error). */
export const CONFIRM_GRACE_MS = 3_000;
/** Default: an event such as focus refetches only when the data is older than this (30 s). */
export const DEFAULT_FOCUS_COOLDOWN_MS = 30_000;

/** Why the scheduler is asking whether to refetch. */
export type RefetchReason = 'timer' | 'focus' | 'visible' | 'online' | 'pageshow' | 'jump' | 'peer';

/** Options of {@link getRefetchCheckpoints}. */
export interface CheckpointOptions {
  /** The warning threshold (default {@link DEFAULT_WARNING_MS}). */
  warningMs?: number;
  /** Include the pre-warning activity probe (default true). */
  probe?: boolean;
  /** Confirm this much later (ms, default 0): how far `activeAt` was seen to trail our own requests. */
  confirmLagMs?: number;
}

/** One instant (server-time epoch ms) at which the session should be fetched again. */
export interface Checkpoint {
  at: number;
  /**
   * `'probe'`: has activity elsewhere slid the idle deadline? `'confirm'`: is it really over?
   * `'resume'`: a `Retry-After` too long for the retries has passed; try again.
   */
  kind: 'probe' | 'confirm' | 'resume';
}

/**
 * The refetch checkpoints of a session, ascending: a probe shortly before the warning threshold
 * (only when the idle deadline is the effective one, since activity cannot move `expiresAt`) and a
 * confirmation just after the effective deadline. No deadline, no checkpoints: never a poll.
 */
export function getRefetchCheckpoints(deadlines: SessionDeadlines | null, options: CheckpointOptions = {}): Checkpoint[] {
  const deadline = deadlines?.effectiveExpiresAt;
  if (deadlines == null || deadline == null) return [];
  const out: Checkpoint[] = [];
  if (options.probe !== false && deadlines.limitedBy === 'idle') {
    out.push({ at: deadline - (options.warningMs ?? DEFAULT_WARNING_MS) - PROBE_LEAD_MS, kind: 'probe' });
  }
  out.push({ at: deadline + CONFIRM_GRACE_MS + (options.confirmLagMs ?? 0), kind: 'confirm' });
  return out;
}

/**
 * The first checkpoint strictly after `lastAttemptAt` (when the data or the last error arrived,
 * server time). Checkpoints at or before it are already answered, which is what stops a session
 * fetched inside its warning window, or past its deadline, from refetching in a loop.
 */
export function nextCheckpoint(
  deadlines: SessionDeadlines | null,
  lastAttemptAt: number,
  options: CheckpointOptions = {},
): Checkpoint | null {
  return getRefetchCheckpoints(deadlines, options).find((c) => c.at > lastAttemptAt) ?? null;
}

/** Inputs of {@link shouldRefetch}; all times are server-time epoch ms. */
export interface RefetchDecisionInput {
  reason: RefetchReason;
  now: number;
  deadlines: SessionDeadlines | null;
  /** When the latest fetch (success or failure) settled; 0 if never. */
  lastAttemptAt: number;
  /** When the shown data arrived; `online` measures the cooldown from it (failures offline don't count). */
  dataUpdatedAt?: number;
  cooldownMs: number;
  checkpoints?: CheckpointOptions;
  /** Nothing is fetched before this instant: the last error's time plus its `Retry-After` (0 if none). */
  notBefore?: number;
  /**
   * Set when the last attempt's `Retry-After` was too long for the retries: the instant it ends,
   * at which the failed attempt is made again (0 if none).
   */
  resumeAt?: number;
  /**
   * The hook's own requests may count as activity (`activityProbe: false`, or a request was seen
   * to move `activeAt`): then `online` no longer refetches on its own, since a flapping network
   * would keep an idle session alive. Focus, visibility and `pageshow` (a person) still do.
   */
  quiet?: boolean;
}

/**
 * Whether to refetch: a timer refetches only when a checkpoint has passed since the last attempt;
 * focus, visibility, `online`, `pageshow`, another tab's news of a different session (`peer`)
 * and wall-clock jumps also refetch when the last attempt
 * is older than the cooldown (for `online`, the data's age). Data that merely ages is not a reason.
 * Nothing refetches before `notBefore`: a checkpoint inside that window stays unanswered, so it
 * is taken once the window ends, and the failed attempt itself is retried then (`'resume'`).
 * Any event that finds the clock set back (a negative age) refetches whatever the cooldown;
 * `quiet` turns `online` off.
 */
export function shouldRefetch(input: RefetchDecisionInput): Checkpoint | 'cooldown' | null {
  const notBefore = input.notBefore ?? 0;
  // The server said when to come back (Retry-After); React Query's retries honour it, and so
  // must everything else, long after those retries are spent.
  if (input.now < notBefore) return null;
  // A wait too long for the retries ended: the failed attempt is answered now, once.
  const resumeAt = input.resumeAt ?? 0;
  if (resumeAt > input.lastAttemptAt && resumeAt <= input.now) return { at: resumeAt, kind: 'resume' };
  const next = nextCheckpoint(input.deadlines, input.lastAttemptAt, input.checkpoints);
  if (next !== null && next.at <= input.now) return next;
  if (input.reason === 'timer' || (input.reason === 'online' && input.quiet)) return null;
  // Back online: attempts that failed while offline say nothing, so age is measured from the data.
  const since = input.reason === 'online' ? (input.dataUpdatedAt ?? input.lastAttemptAt) : input.lastAttemptAt;
  const age = input.now - since;
  // A negative age means the clock was set back: what we know is measured against a clock that
  // no longer exists, so the first event to see it refetches (and re-measures the server offset)
  // at once, whether that is the jump itself or, in a tab that was hidden then, becoming visible.
  if (age >= input.cooldownMs || age < 0) return 'cooldown';
  return null;
}
