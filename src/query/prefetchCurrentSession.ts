import type { QueryClient } from '@tanstack/react-query';
import { currentSessionQueryKey, currentSessionQueryOptions, type CurrentSessionConfig } from './currentSessionQueryOptions.js';

/**
 * Prefetches the current session on a server into the query the browser's `useCurrentSession`
 * reads: the key does not depend on how the session is reached, so a server calling PingOne
 * directly (`environmentId` + `sessionToken` + `accessToken`) fills the query of a browser using
 * `{ url: '/api/session' }`. Then `dehydrate(queryClient)` into a `HydrationBoundary`.
 * Use one `QueryClient` per server request (never a module-level one: it would hand one user's
 * session to the next). No retries (a render should not wait), and a failure is not kept in
 * the cache: the browser fetches for itself. Never throws.
 */
export async function prefetchCurrentSession(queryClient: QueryClient, config: CurrentSessionConfig): Promise<void> {
  await queryClient.prefetchQuery({ ...currentSessionQueryOptions(config), retry: false });
  const queryKey = currentSessionQueryKey(config);
  if (queryClient.getQueryState(queryKey)?.status === 'error') queryClient.removeQueries({ queryKey, exact: true });
}
