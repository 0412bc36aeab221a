import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { perQueryStore } from './perQueryStore.js';
import type { NoSessionError } from '../session/errors.js';
import type { Session } from '../session/schema.js';

/**
 * Why the user is signed out: the idle deadline passed and PingOne confirmed (`'idle-timeout'`),
 * the session ended otherwise (signed out elsewhere, revoked, or its `expiresAt` cap was reached:
 * `'ended'`), or this page never had a session (`'not-signed-in'`).
 */
export type SignedOutReason = 'idle-timeout' | 'ended' | 'not-signed-in';

/** What is remembered of a `no-session` answer until a session arrives again. */
export interface SignedOutMarker {
  reason: SignedOutReason;
  /** The `no-session` error that said so. */
  error: NoSessionError;
  /** When it was recorded (local epoch ms): another tab's older news cannot undo it. */
  at: number;
  /** The id of the session that ended, if one was held: an older answer about it cannot undo the sign-out. */
  sessionId?: string;
}

/** What one session request of this page learned (server-time instants), told to the watcher. */
export type SessionResult =
  { kind: 'session'; session: Session; sentAt: number; receivedAt: number } | { kind: 'signed-out'; reason: SignedOutReason };

/** The page's own bookkeeping for one session query of one QueryClient, beside React Query's. */
export interface SessionQueryEntry {
  /** HTTP requests on the wire right now (a retry's wait does not count). */
  inFlight: number;
  /** Who hears what each request learned (the watcher: self-activity, other tabs). */
  listeners: Set<(result: SessionResult) => void>;
  /**
   * Set by a `no-session` answer (when the session's data is dropped), cleared by the next
   * session. Later failures leave it, so sign-out stays final.
   */
  signedOut?: SignedOutMarker;
}

const entries = perQueryStore<SessionQueryEntry>();

/** The entry of a session query, created on first use. */
export function sessionQueryEntry(client: QueryClient, queryKey: QueryKey): SessionQueryEntry {
  const map = entries(client);
  const hash = hashKey(queryKey);
  let entry = map.get(hash);
  if (!entry) map.set(hash, (entry = { inFlight: 0, listeners: new Set() }));
  return entry;
}

/** Hears what each request of this session query learns (the watcher: self-activity, other tabs). Returns the cleanup. */
export function onSessionResult(client: QueryClient, queryKey: QueryKey, listener: (result: SessionResult) => void): () => void {
  const { listeners } = sessionQueryEntry(client, queryKey);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Records a `no-session` answer and drops the query's session from the cache, so that neither
 * the cache, `dehydrate()` nor any render can show the previous user's data again.
 */
export function markSignedOut(client: QueryClient, queryKey: QueryKey, marker: Omit<SignedOutMarker, 'at' | 'sessionId'>): void {
  const entry = sessionQueryEntry(client, queryKey);
  const sessionId = client.getQueryData<Session>(queryKey)?.id ?? entry.signedOut?.sessionId;
  entry.signedOut = { ...marker, at: Date.now(), sessionId };
  client.getQueryCache().find({ queryKey, exact: true })?.setState({ data: undefined, dataUpdatedAt: 0 });
}
