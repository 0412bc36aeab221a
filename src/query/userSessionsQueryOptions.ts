import { queryOptions } from '@tanstack/react-query';
import type { SessionClock } from '../time/clock.js';
import type { SessionError } from '../session/errors.js';
import { sessionRetryDelay, shouldRetrySession } from './retryPolicy.js';
import type { AccountRequestOptions } from './accountRequest.js';
import { fetchUserSessions, type UserSessionList } from './userSessions.js';

/** Config of the account-security hooks: the proxy route and the query scope. */
export interface AccountSecurityConfig extends Omit<AccountRequestOptions, 'signal'> {
  /** The clock that reads the server time from answers (default: the provider's, else the page's). */
  clock?: SessionClock;
  /** The scope of the current-session query these hooks update (default `'default'`). */
  scope?: string;
}

/** `['pingone-session', 'user-sessions', { scope }]`: never a URL, user id or token. */
export type UserSessionsQueryKey = readonly ['pingone-session', 'user-sessions', { scope: string }];

/** The device list's query key for a config. */
export function userSessionsQueryKey(config: AccountSecurityConfig = {}): UserSessionsQueryKey {
  return ['pingone-session', 'user-sessions', { scope: config.scope ?? 'default' }];
}

/**
 * TanStack Query options for the device list: one request when it is first shown, none on
 * focus, reconnect or remount while it is less than a minute old (each revoke updates it in
 * place), retries as for the current session (408, 429, 5xx, network).
 */
export function userSessionsQueryOptions(config: AccountSecurityConfig) {
  const { scope: _s, clock: _c, ...request } = config;
  return queryOptions<UserSessionList, SessionError, UserSessionList, UserSessionsQueryKey>({
    queryKey: userSessionsQueryKey(config),
    // The abort signal is not taken: React Query would then abort the request whenever the last
    // reader unmounts (React's StrictMode remount does that), and ask again: two requests for one.
    queryFn: () => fetchUserSessions(request),
    staleTime: 60_000,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    refetchOnMount: false,
    retry: shouldRetrySession,
    retryDelay: (failureCount, error) => sessionRetryDelay(failureCount, error),
  });
}
