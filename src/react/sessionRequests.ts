import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { Session } from '../core/schema.js';
import type { SignedOutReason } from './signedOutStore.js';

/** What one session request of this page learned, told to the cross-tab channel. */
export type SessionResult =
  | { kind: 'session'; session: Session; sentAt: number; receivedAt: number }
  | { kind: 'signed-out'; reason: SignedOutReason };

interface Entry {
  /** Requests on the wire right now (not counting a retry's wait). */
  inFlight: number;
  listeners: Set<(result: SessionResult) => void>;
}

// Per client and query: in-flight HTTP requests and who wants to hear their results.
const entries = new WeakMap<QueryClient, Map<string, Entry>>();

function entry(client: QueryClient, queryKey: QueryKey): Entry {
  let map = entries.get(client);
  if (!map) entries.set(client, (map = new Map<string, Entry>()));
  const hash = hashKey(queryKey);
  let found = map.get(hash);
  if (!found) map.set(hash, (found = { inFlight: 0, listeners: new Set() }));
  return found;
}

/** Whether an HTTP request for this session query is on the wire (a retry's wait is not). */
export function isRequestInFlight(client: QueryClient, queryKey: QueryKey): boolean {
  return (entries.get(client)?.get(hashKey(queryKey))?.inFlight ?? 0) > 0;
}

/** Counts a request in while `run` is pending. */
export async function trackRequest<T>(client: QueryClient, queryKey: QueryKey, run: () => Promise<T>): Promise<T> {
  const e = entry(client, queryKey);
  e.inFlight += 1;
  try {
    return await run();
  } finally {
    e.inFlight -= 1;
  }
}

/** Tells the listeners of a query what a request learned. */
export function announceResult(client: QueryClient, queryKey: QueryKey, result: SessionResult): void {
  for (const listener of [...(entries.get(client)?.get(hashKey(queryKey))?.listeners ?? [])]) listener(result);
}

/** Listens to the results of a query's requests; returns the unsubscribe function. */
export function onResult(client: QueryClient, queryKey: QueryKey, listener: (result: SessionResult) => void): () => void {
  const e = entry(client, queryKey);
  e.listeners.add(listener);
  return () => e.listeners.delete(listener);
}
