'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { getSessionDeadlines } from '../session/deadlines.js';
import { DEFAULT_FOCUS_COOLDOWN_MS, DEFAULT_WARNING_MS } from '../query/schedule.js';
import { currentSessionQueryOptions, type CurrentSessionConfig } from '../query/currentSessionQueryOptions.js';
import { toCurrentSessionState, type CurrentSessionState } from '../query/currentSessionState.js';
import { useSessionClock } from './SessionClockProvider.js';
import { useSessionConfig } from './SessionConfigProvider.js';
import { attachSessionWatcher } from '../query/sessionWatcher.js';
import { sessionQueryEntry } from '../query/sessionQueryStore.js';

// Never "expired" on the server or during hydration: PingOne only returns unexpired sessions,
// and a stable value keeps SSR markup matching; the real value follows right after.
const notExpired = () => false;

/**
 * The signed-in user's PingOne session, refetched at deadline checkpoints instead of polling
 * (see docs/refetching.md). Needs a QueryClientProvider; `config` merges over SessionConfigProvider's.
 */
export function useCurrentSession(config?: CurrentSessionConfig): CurrentSessionState {
  const shared = useSessionConfig();
  const contextClock = useSessionClock();
  const merged: CurrentSessionConfig = { ...shared, ...config };
  const clock = merged.clock ?? contextClock;
  const options = currentSessionQueryOptions({ ...merged, clock });
  const client = useQueryClient();
  const query = useQuery(options, client);

  const deadlines = useMemo(() => (query.data ? getSessionDeadlines(query.data) : null), [query.data]);
  const deadline = deadlines?.effectiveExpiresAt ?? null;
  const warningMs = merged.warningMs ?? DEFAULT_WARNING_MS;
  const cooldownMs = merged.focusCooldownMs ?? DEFAULT_FOCUS_COOLDOWN_MS;
  const enabled = merged.enabled ?? true;
  const probe = merged.activityProbe ?? true;
  const shareAcrossTabs = merged.shareAcrossTabs ?? true;
  const { queryKey } = options;
  const keyHash = JSON.stringify(queryKey);
  // The shared watcher's one timer wakes this component at the deadline instead of a clock tick.
  const subscribe = useCallback(
    (onChange: () => void) =>
      attachSessionWatcher(
        client,
        JSON.parse(keyHash) as typeof queryKey,
        { clock, warningMs, cooldownMs, enabled, probe, shareAcrossTabs },
        onChange,
      ),
    [client, keyHash, clock, warningMs, cooldownMs, enabled, probe, shareAcrossTabs],
  );
  const getExpired = useCallback(() => deadline !== null && clock.now() >= deadline, [clock, deadline]);
  const expired = useSyncExternalStore(subscribe, getExpired, notExpired);

  const { data, error, isFetching, dataUpdatedAt, refetch: queryRefetch } = query;
  // Joins a request on the wire; anything else (a retry sleeping through Retry-After, nothing at
  // all) is cancelled in favour of a request now: Refresh is never held hostage.
  const refetch = useCallback(
    () => queryRefetch({ cancelRefetch: !sessionQueryEntry(client, JSON.parse(keyHash) as typeof queryKey).inFlight }),
    [queryRefetch, client, keyHash],
  );
  // Read with the query result it belongs to: both change in the same fetch.
  const signedOut = data === undefined ? sessionQueryEntry(client, queryKey).signedOut : undefined;
  return useMemo(
    () => toCurrentSessionState({ data, error, isFetching, dataUpdatedAt, refetch, deadlines, expired, signedOut }),
    [data, error, isFetching, dataUpdatedAt, refetch, deadlines, expired, signedOut],
  );
}
