import { queryOptions, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { defaultSessionClock, type SessionClock } from '../time/clock.js';
import { getSessionDeadlines } from '../session/deadlines.js';
import { NoSessionError, type SessionError } from '../session/errors.js';
import { fetchCurrentSession, type FetchCurrentSessionOptions } from '../session/fetchCurrentSession.js';
import { sessionRetryDelay, shouldRetrySession } from './retryPolicy.js';
import { DEFAULT_FOCUS_COOLDOWN_MS } from './schedule.js';
import type { Session } from '../session/schema.js';
import { markSignedOut, sessionQueryEntry, type SessionResult, type SignedOutReason } from './sessionQueryStore.js';

/** Configuration shared by {@link currentSessionQueryOptions}, `useCurrentSession` and `SessionConfigProvider`. */
export interface CurrentSessionConfig extends Omit<FetchCurrentSessionOptions, 'signal' | 'onServerTime'> {
  /**
   * Names the session query (default `'default'`). The key does not depend on how the session is
   * reached (`url` or `environmentId`), so a server's prefetch fills the browser's query; give a
   * scope only on the rare page that shows sessions of two environments.
   */
  scope?: string;
  /** The clock for deadlines and server-time correction (default: the provider's, else the page's). */
  clock?: SessionClock;
  /** Warning threshold, ms (default 5 min): the activity probe runs shortly before it. */
  warningMs?: number;
  /** Focus, visibility, `online`, `pageshow` and clock jumps refetch only data older than this (default 30 s). */
  focusCooldownMs?: number;
  /** Set false to not fetch at all (e.g. until the user is known to be signed in). Default true. */
  enabled?: boolean;
  /**
   * Refetch shortly before the warning threshold to learn whether activity elsewhere slid the idle
   * deadline (default true). If your PingOne counts reading `sessions/me` as activity, that probe
   * would itself extend the session; the hook stops probing once it sees that happen, and `false`
   * turns the probe off from the start (see docs/refetching.md).
   */
  activityProbe?: boolean;
  /**
   * Share fetch results with the page's other tabs through `BroadcastChannel` (default true), so
   * N tabs make the requests of one and a sign-out seen by one reaches all. Session data is never
   * written to storage.
   */
  shareAcrossTabs?: boolean;
}

/** The query key: a fixed prefix and the scope, never a URL or a token (keys end up in devtools and logs). */
export type CurrentSessionQueryKey = readonly ['pingone-session', 'current', { scope: string }];

/** Builds the {@link CurrentSessionQueryKey} for a config: `['pingone-session', 'current', { scope }]`. */
export function currentSessionQueryKey(config: CurrentSessionConfig = {}): CurrentSessionQueryKey {
  return ['pingone-session', 'current', { scope: config.scope ?? 'default' }];
}

// A no-session answer after the idle deadline is the idle timeout PingOne confirming; before it,
// the session ended otherwise. One second of slack for the Date header's resolution.
function signedOutReason(previous: Session | undefined, now: number): SignedOutReason {
  if (previous === undefined) return 'not-signed-in';
  const { limitedBy, effectiveExpiresAt } = getSessionDeadlines(previous);
  return limitedBy === 'idle' && effectiveExpiresAt !== null && now >= effectiveExpiresAt - 1000 ? 'idle-timeout' : 'ended';
}

/**
 * Fetches the session for a query and keeps the signed-out rules: a `no-session` answer drops the
 * held session from the cache and marks the query signed out (a later failure keeps it so); a
 * session clears the mark. Results are told to the cross-tab channel.
 */
async function fetchForQuery(
  client: QueryClient,
  queryKey: QueryKey,
  clock: SessionClock,
  options: FetchCurrentSessionOptions,
  signal: AbortSignal,
): Promise<Session> {
  const entry = sessionQueryEntry(client, queryKey);
  const tell = (result: SessionResult) => entry.listeners.forEach((listener) => listener(result));
  const sentAt = clock.now();
  const sentLocally = Date.now();
  entry.inFlight += 1;
  let session: Session;
  try {
    session = await fetchCurrentSession({ ...options, signal, onServerTime: (sample) => clock.recordServerTime(sample) });
  } catch (error) {
    if (error instanceof NoSessionError) {
      const reason = entry.signedOut?.reason ?? signedOutReason(client.getQueryData<Session>(queryKey), clock.now());
      markSignedOut(client, queryKey, { reason, error });
      tell({ kind: 'signed-out', reason });
    }
    throw error;
  } finally {
    entry.inFlight -= 1;
  }
  // This session's sign-out was recorded after this request left (a slower answer, or another
  // tab's news): the answer is older than the sign-out and must not undo it.
  const { signedOut } = entry;
  if (signedOut && signedOut.sessionId === session.id && signedOut.at >= sentLocally) throw signedOut.error;
  entry.signedOut = undefined;
  tell({ kind: 'session', session, sentAt, receivedAt: clock.now() });
  return session;
}

/**
 * TanStack Query options for the current session: key, queryFn and a retry policy (408, 429,
 * 500, 502, 503, 504, network and timeout only; `Retry-After` up to 30 s, capped exponential
 * backoff with jitter otherwise). React Query's own mount, focus and reconnect refetching is off:
 * `useCurrentSession` schedules refetches from the session's deadlines instead. Use it with
 * `useQuery` directly, or `setQueryData` in stories; on a server, use `prefetchCurrentSession`.
 */
export function currentSessionQueryOptions(config: CurrentSessionConfig) {
  // The hook-only settings are split off so they never reach fetchCurrentSession.
  const {
    clock = defaultSessionClock,
    focusCooldownMs,
    enabled,
    scope: _s,
    warningMs: _w,
    activityProbe: _p,
    shareAcrossTabs: _t,
    ...fetchOptions
  } = config;
  return queryOptions<Session, SessionError, Session, CurrentSessionQueryKey>({
    queryKey: currentSessionQueryKey(config),
    queryFn: ({ client, queryKey, signal }) => fetchForQuery(client, queryKey, clock, fetchOptions, signal),
    // Fresh for the cooldown: a component mounting later reuses recent data instead of refetching.
    staleTime: focusCooldownMs ?? DEFAULT_FOCUS_COOLDOWN_MS,
    // Only the watcher decides when to fetch: a component mounting (a warning dialog), focus or a
    // reconnect must not send a request behind its back (it could keep an idle session alive).
    refetchOnMount: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: shouldRetrySession,
    retryDelay: (failureCount, error) => sessionRetryDelay(failureCount, error),
    enabled: enabled ?? true,
  });
}
