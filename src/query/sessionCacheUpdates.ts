import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { NoSessionError } from '../session/errors.js';
import type { Session } from '../session/schema.js';
import { currentSessionQueryKey } from './currentSessionQueryOptions.js';
import { markSignedOut, sessionQueryEntry } from './sessionQueryStore.js';
import { openTabChannel, type TabMessage } from './tabChannel.js';

/**
 * Tells the page's other tabs through the session query's own channel (the one
 * `useCurrentSession`'s watcher listens to), so they apply it as if they had fetched it.
 */
export function tellOtherTabs(queryKey: QueryKey, message: TabMessage): void {
  const channel = openTabChannel(`pingone-session:${hashKey(queryKey)}`, () => undefined);
  if (!channel) return;
  channel.post(message);
  channel.close();
}

/** Puts a session PingOne just returned (stay signed in) into the current-session query of `scope`, here and in every tab. */
export function applySession(client: QueryClient, scope: string | undefined, session: Session, serverNow: number): void {
  const queryKey = currentSessionQueryKey({ scope });
  sessionQueryEntry(client, queryKey).signedOut = undefined;
  client.setQueryData<Session>(queryKey, session);
  tellOtherTabs(queryKey, { type: 'session', session, at: serverNow });
}

/**
 * After a sign-off: every cached session of the user goes, before anything renders again. Requests
 * on their way are cancelled (their answers could bring the session back), the current-session
 * query is marked signed out (`reason: 'ended'`) and every device list is removed; nothing was
 * ever written to storage. Then the other tabs are told.
 */
export async function clearSignedOffUser(client: QueryClient, scope: string | undefined): Promise<void> {
  const queryKey = currentSessionQueryKey({ scope });
  await client.cancelQueries({ queryKey: ['pingone-session'] });
  const error = new NoSessionError('Signed off on this device', { status: 401 });
  markSignedOut(client, queryKey, { reason: 'ended', error });
  client
    .getQueryCache()
    .find({ queryKey, exact: true })
    ?.setState({ status: 'error', error, errorUpdatedAt: Date.now(), fetchStatus: 'idle' });
  client.removeQueries({ queryKey: ['pingone-session', 'user-sessions'] });
  tellOtherTabs(queryKey, { type: 'signed-out', reason: 'ended' });
}
