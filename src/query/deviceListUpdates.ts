import type { QueryClient } from '@tanstack/react-query';
import type { Session } from '../session/schema.js';
import type { UserSessionList } from './userSessions.js';
import type { userSessionsQueryKey } from './userSessionsQueryOptions.js';

/** What an optimistic revoke took out of the device list (to put back on a refusal). */
export interface Removed {
  removed: Session[];
}

type ListKey = ReturnType<typeof userSessionsQueryKey>;

/** Takes matching rows out of the cached device list at once, after cancelling a list request on its way. */
export async function removeFromList(
  client: QueryClient,
  queryKey: ListKey,
  matches: (session: Session) => boolean,
): Promise<Removed> {
  // A list request on its way would bring the row back.
  await client.cancelQueries({ queryKey, exact: true });
  const list = client.getQueryData<UserSessionList>(queryKey);
  if (!list) return { removed: [] };
  const removed = list.sessions.filter(matches);
  client.setQueryData<UserSessionList>(queryKey, { ...list, sessions: list.sessions.filter((session) => !matches(session)) });
  return { removed };
}

/** Puts rows back that a refused revoke had removed (other changes made meanwhile stay). */
export function restoreToList(client: QueryClient, queryKey: ListKey, removed: Session[]): void {
  const list = client.getQueryData<UserSessionList>(queryKey);
  if (!list || removed.length === 0) return;
  const present = new Set(list.sessions.map((session) => session.id));
  client.setQueryData<UserSessionList>(queryKey, {
    ...list,
    sessions: [...list.sessions, ...removed.filter((session) => !present.has(session.id))],
  });
}
