'use client';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import type { SessionError } from '../session/errors.js';
import { revokeUserSession } from '../query/userSessions.js';
import { userSessionsQueryKey, type AccountSecurityConfig } from '../query/userSessionsQueryOptions.js';
import { useAccountSecurityConfig } from './accountSecurityConfig.js';
import { removeFromList, restoreToList, type Removed } from '../query/deviceListUpdates.js';

/**
 * Signs out one of the user's other devices: `mutate(sessionId)` sends one `DELETE
 * {url}/sessions/{id}` (`operations: { revokeSessions: true }`). The row leaves the device list
 * at once (optimistic) and comes back if the proxy or PingOne refuses, with a
 * `SessionRevokeError` (`reason: 'current-session'` for this browser's own session: sign off
 * instead). No list request follows a success.
 */
export function useRevokeSession(config?: AccountSecurityConfig): UseMutationResult<void, SessionError, string, Removed> {
  const { clock: _c, scope, ...request } = useAccountSecurityConfig(config);
  const client = useQueryClient();
  const queryKey = userSessionsQueryKey({ scope });
  return useMutation<void, SessionError, string, Removed>({
    mutationFn: (sessionId) => revokeUserSession(request, sessionId),
    onMutate: (sessionId) => removeFromList(client, queryKey, (session) => session.id === sessionId),
    onError: (_error, _id, context) => restoreToList(client, queryKey, context?.removed ?? []),
  });
}
