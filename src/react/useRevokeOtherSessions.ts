'use client';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import type { SessionError } from '../session/errors.js';
import { revokeOtherUserSessions, SessionRevokeError, type UserSessionList } from '../query/userSessions.js';
import { userSessionsQueryKey, type AccountSecurityConfig } from '../query/userSessionsQueryOptions.js';
import { useAccountSecurityConfig } from './accountSecurityConfig.js';
import { removeFromList, restoreToList, type Removed } from '../query/deviceListUpdates.js';

/**
 * Signs out every other device of the user: `mutate()` sends one `DELETE {url}/sessions`. The
 * other rows leave the list at once; on a refusal they come back (`SessionRevokeError`); when
 * only some were signed out (`reason: 'incomplete'`) the list is read once to show which remain.
 */
export function useRevokeOtherSessions(config?: AccountSecurityConfig): UseMutationResult<string[], SessionError, void, Removed> {
  const { clock: _c, scope, ...request } = useAccountSecurityConfig(config);
  const client = useQueryClient();
  const queryKey = userSessionsQueryKey({ scope });
  return useMutation<string[], SessionError, void, Removed>({
    mutationFn: () => revokeOtherUserSessions(request),
    onMutate: () => {
      const list = client.getQueryData<UserSessionList>(queryKey);
      return removeFromList(client, queryKey, (session) => session.id !== list?.currentSessionId);
    },
    onError: (error, _v, context) => {
      if (error instanceof SessionRevokeError && error.reason === 'incomplete')
        void client.refetchQueries({ queryKey, exact: true });
      else restoreToList(client, queryKey, context?.removed ?? []);
    },
  });
}
