'use client';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { NoSessionError, type SessionError } from '../session/errors.js';
import { extendSession, type ExtendedSession } from '../query/sessionWrites.js';
import type { AccountSecurityConfig } from '../query/userSessionsQueryOptions.js';
import { useAccountSecurityConfig } from './accountSecurityConfig.js';
import { currentSessionQueryKey } from '../query/currentSessionQueryOptions.js';
import { applySession } from '../query/sessionCacheUpdates.js';

/**
 * "Stay signed in": `mutate()` asks the proxy (`operations: { extend: true }`) to record activity
 * on the current session (PingOne's Update Session with `activeAt` = now, built by the server).
 * The answer replaces the current session in `useCurrentSession`, here and in the other tabs,
 * so every countdown reschedules from the new deadline. One `PUT`, no extra read. Never called
 * by the library itself: only when the person asks (WCAG 2.2.1). If the session had already
 * ended, the current session is read again so the page shows why.
 */
export function useExtendSession(config?: AccountSecurityConfig): UseMutationResult<ExtendedSession, SessionError, void> {
  const { clock, scope, ...request } = useAccountSecurityConfig(config);
  const client = useQueryClient();
  return useMutation<ExtendedSession, SessionError, void>({
    mutationFn: () => extendSession(request),
    onSuccess: ({ session, serverTime }) => {
      if (serverTime) clock.recordServerTime(serverTime);
      applySession(client, scope, session, clock.now());
    },
    onError: (error) => {
      if (error instanceof NoSessionError)
        void client.refetchQueries({ queryKey: currentSessionQueryKey({ scope }), exact: true });
    },
  });
}
