'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SessionError } from '../session/errors.js';
import type { Session } from '../session/schema.js';
import { groupUserSessions, type UserSessionGroups, type UserSessionList } from '../query/userSessions.js';
import { userSessionsQueryKey, userSessionsQueryOptions, type AccountSecurityConfig } from '../query/userSessionsQueryOptions.js';
import { useAccountSecurityConfig } from './accountSecurityConfig.js';
import { currentSessionQueryKey } from '../query/currentSessionQueryOptions.js';
import { sessionQueryEntry } from '../query/sessionQueryStore.js';

/** What {@link useUserSessions} returns: the grouped device list and the request's state. */
export interface UserSessionsState extends UserSessionGroups {
  /** `'pending'` before the first answer, `'error'` when there is no list to show. */
  status: 'pending' | 'success' | 'error';
  /** The latest failure (also while an older list is shown). */
  error: SessionError | null;
  /** A request is on its way. */
  isFetching: boolean;
  /** Listed items that could not be read and were left out. */
  unreadable: number;
  /** Reads the list again (one request). */
  refetch: () => Promise<unknown>;
}

const EMPTY: UserSessionGroups = { current: undefined, others: [], expired: [] };

/**
 * The signed-in user's sessions ("Your devices"), through the proxy's `GET {url}/sessions`
 * (`operations: { listSessions: true }`): this browser's session first (`current`), the other
 * active ones by last activity, expired ones apart; each with its session (device, browser, OS,
 * locations, last activity) and deadlines. Opening it costs one request; revokes update it in
 * place. When the current session is signed out (here or in another tab), the list is dropped.
 */
export function useUserSessions(config?: AccountSecurityConfig): UserSessionsState {
  const merged = useAccountSecurityConfig(config);
  const client = useQueryClient();
  const currentKey = currentSessionQueryKey({ scope: merged.scope });
  const listKey = userSessionsQueryKey(merged);
  const signedOut = sessionQueryEntry(client, currentKey).signedOut !== undefined;
  const query = useQuery({ ...userSessionsQueryOptions(merged), enabled: !signedOut }, client);
  const currentHash = JSON.stringify(currentKey);
  const listHash = JSON.stringify(listKey);
  // The current session's query decides: signed out (here or in another tab) drops the list; a
  // different current session (a new sign-in) makes the list's "This device" wrong, so it is read again.
  useEffect(
    () =>
      client.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || JSON.stringify(event.query.queryKey) !== currentHash) return;
        const key = JSON.parse(currentHash) as typeof currentKey;
        const queryKey = JSON.parse(listHash) as typeof listKey;
        const list = client.getQueryData<UserSessionList>(queryKey);
        const session = client.getQueryData<Session>(key);
        if (sessionQueryEntry(client, key).signedOut) client.removeQueries({ queryKey, exact: true });
        else if (list && session && session.id !== list.currentSessionId)
          void client.invalidateQueries({ queryKey, exact: true });
      }),
    [client, currentHash, listHash],
  );
  const data = signedOut ? undefined : query.data;
  const groups = data ? groupUserSessions(data, merged.clock.now()) : EMPTY;
  return {
    ...groups,
    status: data ? 'success' : query.status === 'error' || signedOut ? 'error' : 'pending',
    error: query.error,
    isFetching: query.isFetching,
    unreadable: data?.unreadable ?? 0,
    refetch: query.refetch,
  };
}
