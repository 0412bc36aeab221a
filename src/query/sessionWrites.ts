import type { ServerTimeSample } from '../time/serverOffset.js';
import { NoSessionError } from '../session/errors.js';
import { parseSession } from '../session/parseSession.js';
import type { Session } from '../session/schema.js';
import { accountRequest, type AccountRequestOptions } from './accountRequest.js';

/** What "stay signed in" answered: the session with its moved deadlines, and the proxy's clock. */
export interface ExtendedSession {
  session: Session;
  serverTime: ServerTimeSample | undefined;
}

/**
 * `PUT {url}`: "stay signed in". The proxy writes PingOne's Update Session with `activeAt` = now
 * (nothing comes from the browser) and answers the updated session.
 * @throws NoSessionError when the session has already ended; other SessionErrors otherwise
 */
export async function extendSession(options: AccountRequestOptions): Promise<ExtendedSession> {
  const { json, serverTime } = await accountRequest(options, { method: 'PUT', path: '', what: 'Staying signed in' });
  return { session: parseSession(json).session, serverTime };
}

/**
 * `POST {url}`: sign off (PingOne's logout resets the session's authentication). A session that
 * had already ended counts as signed off.
 * @throws SessionError other than "no session" (the proxy or PingOne failed: still signed in)
 */
export async function signOffSession(options: AccountRequestOptions): Promise<void> {
  try {
    await accountRequest(options, { method: 'POST', path: '', what: 'Signing off' });
  } catch (error) {
    if (error instanceof NoSessionError) return;
    throw error;
  }
}
