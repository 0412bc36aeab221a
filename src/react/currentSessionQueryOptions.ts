import { queryOptions } from '@tanstack/react-query';
import { defaultSessionClock, type SessionClock } from '../core/clock.js';
import { sessionsMeUrl, type PingOneLocation } from '../core/endpoints.js';
import type { SessionError } from '../core/errors.js';
import { fetchCurrentSession, type FetchCurrentSessionOptions } from '../core/fetchCurrentSession.js';
import { sessionRetryDelay, shouldRetrySession } from '../core/retryPolicy.js';
import { DEFAULT_FOCUS_COOLDOWN_MS } from '../core/schedule.js';
import type { Session } from '../core/schema.js';

/** Configuration shared by {@link currentSessionQueryOptions}, `useCurrentSession` and `SessionConfigProvider`. */
export interface CurrentSessionConfig extends Omit<FetchCurrentSessionOptions, 'signal' | 'onServerTime'> {
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
}

/** The query key: environment id and URL only, never a token (keys end up in devtools and logs). */
export type CurrentSessionQueryKey = readonly ['pingone-session', { environmentId: string | null; url: string | null }];

/** Builds the {@link CurrentSessionQueryKey} for a config. */
export function currentSessionQueryKey(config: CurrentSessionConfig): CurrentSessionQueryKey {
  let url = config.url ?? null;
  if (url === null && config.environmentId !== undefined) {
    try {
      // environmentId is present; sessionsMeUrl reads only the location fields of the config.
      url = sessionsMeUrl(config as PingOneLocation);
    } catch {
      // The queryFn reports the configuration error; the key just has to be stable.
      url = null;
    }
  }
  return ['pingone-session', { environmentId: config.environmentId ?? null, url }];
}

/**
 * TanStack Query options for the current session: key, queryFn and a retry policy (none for
 * 401/403/404 and bad responses, `Retry-After` for 429/503, capped exponential backoff with
 * jitter for 5xx, network and timeout). React Query's own focus and reconnect refetching is off:
 * `useCurrentSession` schedules refetches from the session's deadlines instead. Use it to
 * `prefetchQuery` on the server, `setQueryData` in stories, or `useQuery` directly.
 */
export function currentSessionQueryOptions(config: CurrentSessionConfig) {
  // The hook-only settings are split off so they never reach fetchCurrentSession.
  const { clock = defaultSessionClock, focusCooldownMs, enabled, warningMs: _w, activityProbe: _p, ...fetchOptions } = config;
  return queryOptions<Session, SessionError, Session, CurrentSessionQueryKey>({
    queryKey: currentSessionQueryKey(config),
    queryFn: ({ signal }) =>
      fetchCurrentSession({ ...fetchOptions, signal, onServerTime: (sample) => clock.recordServerTime(sample) }),
    // Fresh for the cooldown: a component mounting later reuses recent data instead of refetching.
    staleTime: focusCooldownMs ?? DEFAULT_FOCUS_COOLDOWN_MS,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: shouldRetrySession,
    retryDelay: (failureCount, error) => sessionRetryDelay(failureCount, error),
    enabled: enabled ?? true,
  });
}
