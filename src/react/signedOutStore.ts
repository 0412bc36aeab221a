import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { NoSessionError } from '../core/errors.js';

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
}

// Per client and query: set by a no-session answer (the session's data is dropped at the same
// time), cleared by the next session. Later failures leave it, so sign-out stays final.
const markers = new WeakMap<QueryClient, Map<string, SignedOutMarker>>();

/** The signed-out marker of a session query, if PingOne said there is no session. */
export function signedOutMarker(client: QueryClient, queryKey: QueryKey): SignedOutMarker | undefined {
  return markers.get(client)?.get(hashKey(queryKey));
}

/**
 * Records a `no-session` answer and drops the query's session from the cache, so that neither
 * the cache, `dehydrate()` nor any render can show the previous user's data again.
 */
export function markSignedOut(client: QueryClient, queryKey: QueryKey, marker: SignedOutMarker): void {
  let map = markers.get(client);
  if (!map) markers.set(client, (map = new Map<string, SignedOutMarker>()));
  map.set(hashKey(queryKey), marker);
  client.getQueryCache().find({ queryKey, exact: true })?.setState({ data: undefined, dataUpdatedAt: 0 });
}

/** Forgets the marker: a session arrived. */
export function clearSignedOut(client: QueryClient, queryKey: QueryKey): void {
  markers.get(client)?.delete(hashKey(queryKey));
}
