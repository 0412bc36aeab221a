import type { SessionDeadlines } from '../session/deadlines.js';
import type { SessionError } from '../session/errors.js';
import type { Session } from '../session/schema.js';
import type { SignedOutMarker, SignedOutReason } from './sessionQueryStore.js';

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
  /** Fetches now (at once, even during a `Retry-After` wait), joining a request already on the wire. */
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

/**
 * PingOne said there is no session (401/404). Final until a session arrives: later failures keep
 * this status (`error` is then the latest failure). Nothing of the previous session is kept.
 */
export interface SignedOutSessionState extends StateBase {
  status: 'signed-out';
  /** Always `undefined`: no previous user's data survives a sign-out. */
  session: undefined;
  deadlines: null;
  error: SessionError;
  /** Why: the idle deadline passed, the session ended otherwise, or there never was one here. */
  reason: SignedOutReason;
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
  PendingSessionState | ActiveSessionState | ExpiredSessionState | SignedOutSessionState | ErrorSessionState;

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
  /** The query's signed-out marker (`signedOutMarker`), if PingOne said there is no session. */
  signedOut?: SignedOutMarker;
}

/**
 * Maps a query result to a {@link CurrentSessionState}. Pure. A failing refetch keeps the last
 * good session (status from the clock, `isStale` true); a no-session answer is `'signed-out'`
 * until a session arrives, whatever fails meanwhile, and never shows a session; `'error'` is
 * only for failures with nothing to show.
 */
export function toCurrentSessionState(input: CurrentSessionStateInput): CurrentSessionState {
  const { data, error, isFetching, dataUpdatedAt, refetch, deadlines, signedOut } = input;
  // A session in the cache (a later fetch, setQueryData) outranks an older no-session answer.
  const out = data === undefined && (signedOut !== undefined || error?.kind === 'no-session');
  const shown = !out && data !== undefined && deadlines !== null;
  const status = out ? 'signed-out' : !shown ? (error ? 'error' : 'pending') : input.expired ? 'expired' : 'active';
  // One object for every status (no per-branch spreads); the branches above are what makes it
  // one of the union's members, which TypeScript cannot follow through the ternaries.
  return {
    status,
    session: shown ? data : undefined,
    deadlines: shown ? deadlines : null,
    error: error ?? (out ? signedOut?.error : null) ?? null,
    isFetching,
    dataUpdatedAt: out ? 0 : dataUpdatedAt,
    refetch,
    isStale: shown && error !== null,
    ...(out && { reason: signedOut?.reason ?? 'not-signed-in' }),
  } as CurrentSessionState;
}
