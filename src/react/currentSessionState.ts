import type { SessionDeadlines } from '../core/deadlines.js';
import type { SessionError } from '../core/errors.js';
import type { Session } from '../core/schema.js';

/** What `useCurrentSession` knows, as one word. */
export type CurrentSessionStatus = 'pending' | 'active' | 'expired' | 'signed-out' | 'error';

interface StateBase {
  /** The latest fetch's error, also while an older session is still shown. */
  error: SessionError | null;
  /** A request is in flight (first load, checkpoint, focus, retry). */
  isFetching: boolean;
  /** True when `session` is the last good one and the latest fetch failed. */
  isStale: boolean;
  /** When `session` was received (local epoch ms), 0 if never. */
  dataUpdatedAt: number;
  /** Fetches now, joining a request already in flight. */
  refetch: () => Promise<unknown>;
}

/** No answer yet (first load, or `enabled: false` before any data). */
export interface PendingSessionState extends StateBase {
  status: 'pending';
  session: undefined;
  deadlines: null;
}

/** A session whose effective deadline is still ahead on the (server-corrected) clock. */
export interface ActiveSessionState extends StateBase {
  status: 'active';
  session: Session;
  deadlines: SessionDeadlines;
}

/** The clock has passed the effective deadline; a confirming refetch follows shortly. */
export interface ExpiredSessionState extends StateBase {
  status: 'expired';
  session: Session;
  deadlines: SessionDeadlines;
}

/** PingOne said there is no session (401/404). `session` is the last one seen, if any. */
export interface SignedOutSessionState extends StateBase {
  status: 'signed-out';
  session: Session | undefined;
  deadlines: SessionDeadlines | null;
  error: SessionError;
}

/** Fetching failed and there is no session to show. */
export interface ErrorSessionState extends StateBase {
  status: 'error';
  session: undefined;
  deadlines: null;
  error: SessionError;
}

/** The value of `useCurrentSession`: narrow on `status`. */
export type CurrentSessionState =
  | PendingSessionState
  | ActiveSessionState
  | ExpiredSessionState
  | SignedOutSessionState
  | ErrorSessionState;

/** Inputs of {@link toCurrentSessionState}: the relevant parts of a React Query result. */
export interface CurrentSessionStateInput {
  data: Session | undefined;
  error: SessionError | null;
  isFetching: boolean;
  dataUpdatedAt: number;
  refetch: () => Promise<unknown>;
  /** `getSessionDeadlines(data)`, passed in so callers can keep its identity stable. */
  deadlines: SessionDeadlines | null;
  /** Whether the clock has passed `deadlines.effectiveExpiresAt`. */
  expired: boolean;
}

/**
 * Maps a query result to a {@link CurrentSessionState}. Pure. A failing refetch keeps the last
 * good session (status from the clock, `isStale` true); a no-session error is `'signed-out'`;
 * `'error'` is only for failures with nothing to show.
 */
export function toCurrentSessionState(input: CurrentSessionStateInput): CurrentSessionState {
  const { data, error, isFetching, dataUpdatedAt, refetch, deadlines } = input;
  const signedOut = error?.kind === 'no-session';
  // Signed out keeps whatever session it had; otherwise a session shows only with its deadlines.
  const shown = signedOut || (data !== undefined && deadlines !== null);
  const status = signedOut ? 'signed-out' : !shown ? (error ? 'error' : 'pending') : input.expired ? 'expired' : 'active';
  // One object for every status (no per-branch spreads); the branches above are what makes it
  // one of the union's members, which TypeScript cannot follow through the ternaries.
  return {
    status,
    session: shown ? data : undefined,
    deadlines: shown ? deadlines : null,
    error,
    isFetching,
    dataUpdatedAt,
    refetch,
    isStale: data !== undefined && error !== null,
  } as CurrentSessionState;
}
