import type { QueryClient } from '@tanstack/react-query';
import { perQueryStore } from './perQueryStore.js';

/** Clock and network slack when matching `activeAt` against our own requests. */
const SELF_ACTIVITY_TOLERANCE_MS = 3_000;
/** How far PingOne's `activeAt` may trail the request that moved it (write lag, coarse clocks). */
export const SELF_ACTIVITY_MAX_LAG_MS = 60_000;

/** One answer's `activeAt` and when it was asked for and received (server-time epoch ms). */
export interface ActivitySample {
  activeAt: number;
  sentAt: number;
  receivedAt: number;
}

/**
 * Whether a request of ours moved `activeAt` by itself: `activeAt` advanced by as much as the time
 * between the previous answer and this request (a constant lag of up to
 * {@link SELF_ACTIVITY_MAX_LAG_MS} behind the request), which a person's activity elsewhere
 * matches only by chance. All times in server time.
 */
export function isSelfActivity(previous: Omit<ActivitySample, 'sentAt'>, next: ActivitySample): boolean {
  const lag = next.sentAt - next.activeAt;
  return (
    next.activeAt > previous.activeAt &&
    lag >= -(next.receivedAt - next.sentAt) - SELF_ACTIVITY_TOLERANCE_MS &&
    lag <= SELF_ACTIVITY_MAX_LAG_MS + SELF_ACTIVITY_TOLERANCE_MS &&
    Math.abs(next.activeAt - previous.activeAt - (next.sentAt - previous.receivedAt)) <= SELF_ACTIVITY_TOLERANCE_MS
  );
}

// Per client and session query (by hash), for the page's life: how far `activeAt` trailed the
// request of ours that moved it (ms). Present once seen: from then on the watcher never probes,
// `online` no longer refetches by itself, and confirmations wait that lag too (else a confirmation
// would land before PingOne's real deadline and extend the session itself).
const lags = perQueryStore<number>();

/** The lag recorded by {@link recordSelfActivity}, or `undefined` while requests seem not to count as activity. */
export function selfActivityLag(client: QueryClient, queryHash: string): number | undefined {
  return lags(client).get(queryHash);
}

/**
 * Compares an answer with the one before it and remembers, once, that our own requests move
 * `activeAt` (see {@link isSelfActivity}). Times in server time.
 */
export function recordSelfActivity(
  client: QueryClient,
  queryHash: string,
  previous: Omit<ActivitySample, 'sentAt'>,
  next: ActivitySample,
): void {
  if (selfActivityLag(client, queryHash) !== undefined || !isSelfActivity(previous, next)) return;
  lags(client).set(queryHash, Math.max(0, next.sentAt - next.activeAt));
}
