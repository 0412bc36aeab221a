'use client';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import type { SessionError } from '../session/errors.js';
import { signOffSession } from '../query/sessionWrites.js';
import type { AccountSecurityConfig } from '../query/userSessionsQueryOptions.js';
import { useAccountSecurityConfig } from './accountSecurityConfig.js';
import { clearSignedOffUser } from '../query/sessionCacheUpdates.js';

/** Options of {@link useSignOff}. */
export interface SignOffOptions extends AccountSecurityConfig {
  /**
   * Where to send the browser once signed off: a page of yours, or PingOne's OIDC sign-off
   * (`signoffUrl(...)`, built on your server) to end the SSO session there too. Default: stay.
   */
  redirectTo?: string;
}

/**
 * Sign off: `mutate()` asks the proxy (`operations: { signOff: true }`) for PingOne's logout,
 * which resets the session's authentication. Then, before anything renders again, every cached
 * session of the user is dropped (the current session becomes `signed-out` with reason
 * `'ended'`, device lists are removed; nothing is in storage), every other open tab is told
 * through the session's tab channel, and the browser goes to `redirectTo` if given. A session
 * that had already ended counts as signed off; any other failure leaves everything as it was.
 */
export function useSignOff(options?: SignOffOptions): UseMutationResult<void, SessionError, void> {
  const { clock: _c, scope, redirectTo, ...request } = useAccountSecurityConfig(options) as SignOffOptions;
  const client = useQueryClient();
  return useMutation<void, SessionError, void>({
    mutationFn: async () => {
      await signOffSession(request);
      await clearSignedOffUser(client, scope);
      if (redirectTo !== undefined) globalThis.location?.assign(redirectTo);
    },
  });
}
