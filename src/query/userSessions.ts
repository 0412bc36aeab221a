import { getSessionDeadlines, type SessionDeadlines } from '../session/deadlines.js';
import { SessionHttpError, SessionResponseError, type SessionHttpErrorOptions } from '../session/errors.js';
import { isRecord } from '../session/isRecord.js';
import { parseSession } from '../session/parseSession.js';
import type { Session } from '../session/schema.js';
import { accountRequest, type AccountRequestOptions } from './accountRequest.js';

/** What the proxy's `GET {url}/sessions` holds, read tolerantly: the caller's sessions and which one is this browser's. */
export interface UserSessionList {
  /** The id of this browser's session. */
  currentSessionId: string;
  /** Every readable session of the user, as PingOne listed them (at most 10, expired ones included). */
  sessions: Session[];
  /** How many listed items were unreadable (no usable `id` / `environment.id`) and left out. */
  unreadable: number;
}

/** One row of the device list. */
export interface UserSessionItem {
  session: Session;
  /** This browser's session ("This device"). */
  isCurrent: boolean;
  /** Its effective deadline has passed on the given clock. */
  isExpired: boolean;
  deadlines: SessionDeadlines;
}

/** The device list grouped as account pages show it. */
export interface UserSessionGroups {
  /** This browser's session, first and marked as this device (undefined if PingOne did not list it). */
  current: UserSessionItem | undefined;
  /** The other unexpired sessions, most recent activity first. */
  others: UserSessionItem[];
  /** Expired sessions (PingOne keeps them in the list), most recent activity first. */
  expired: UserSessionItem[];
}

/**
 * Reads the proxy's list answer in the tolerant parser's style: each item goes through
 * `parseSession` on its own, so one odd item costs only itself (counted in `unreadable`).
 * @throws SessionResponseError when the answer is not `{ currentSessionId, sessions: [] }`
 */
export function parseUserSessionList(json: unknown): UserSessionList {
  if (!isRecord(json) || typeof json.currentSessionId !== 'string' || !Array.isArray(json.sessions)) {
    throw new SessionResponseError('The session list is not { currentSessionId, sessions }');
  }
  const sessions: Session[] = [];
  let unreadable = 0;
  for (const item of json.sessions) {
    try {
      sessions.push(parseSession(item).session);
    } catch {
      unreadable += 1;
    }
  }
  return { currentSessionId: json.currentSessionId, sessions, unreadable };
}

const lastActive = (item: UserSessionItem) => Date.parse(item.session.activeAt ?? item.session.createdAt ?? '') || 0;

/** Groups a list at `now` (server-corrected epoch ms): this device first, then others by last activity, expired apart. */
export function groupUserSessions(list: UserSessionList, now: number): UserSessionGroups {
  const items = list.sessions.map((session): UserSessionItem => {
    const deadlines = getSessionDeadlines(session);
    const isExpired = deadlines.effectiveExpiresAt !== null && now >= deadlines.effectiveExpiresAt;
    return { session, isCurrent: session.id === list.currentSessionId, isExpired, deadlines };
  });
  const byActivity = (a: UserSessionItem, b: UserSessionItem) => lastActive(b) - lastActive(a);
  return {
    current: items.find((item) => item.isCurrent),
    others: items.filter((item) => !item.isCurrent && !item.isExpired).sort(byActivity),
    expired: items.filter((item) => !item.isCurrent && item.isExpired).sort(byActivity),
  };
}

/** `GET {url}/sessions`: the signed-in user's sessions, through the proxy. */
export async function fetchUserSessions(options: AccountRequestOptions): Promise<UserSessionList> {
  const { json } = await accountRequest(options, { method: 'GET', path: '/sessions', what: 'The session list' });
  return parseUserSessionList(json);
}

/** Why a revoke was refused, when the proxy said. */
export type RevokeRefusal = 'current-session' | 'incomplete' | 'other';

/**
 * PingOne (or the proxy) refused to sign a session out: `reason` is `'current-session'` for this
 * browser's own session (sign off instead), `'incomplete'` when "sign out all other devices"
 * signed out only some, `'other'` for any other refusal (see `status` and `code`).
 */
export class SessionRevokeError extends SessionHttpError {
  /** Why, in one word (from the answer's `code`). */
  declare readonly reason: RevokeRefusal;
  constructor(message: string, options: SessionHttpErrorOptions) {
    super(message, options);
    this.name = 'SessionRevokeError';
    const code = options.body?.code;
    this.reason = code === 'CURRENT_SESSION' ? 'current-session' : code === 'REVOKE_INCOMPLETE' ? 'incomplete' : 'other';
  }
}

/** The refusal as a {@link SessionRevokeError}, keeping status, code, id and details. */
function refused(error: SessionHttpError): SessionRevokeError {
  return new SessionRevokeError(error.message, {
    status: error.status,
    body: { code: error.code, id: error.id, details: [...error.details] },
  });
}

async function revokeRequest(options: AccountRequestOptions, path: string, what: string) {
  try {
    return await accountRequest(options, { method: 'DELETE', path, what });
  } catch (error) {
    // "No session" stays what it is (this browser is signed out); other refusals say why.
    if (error instanceof SessionHttpError && error.kind === 'http') throw refused(error);
    if (error instanceof SessionHttpError && error.code === 'REVOKE_INCOMPLETE') throw refused(error);
    throw error;
  }
}

/**
 * `DELETE {url}/sessions/{id}`: signs out one of the user's other sessions. A session the proxy
 * no longer finds among the user's (`SESSION_NOT_FOUND`: already gone) counts as done.
 * @throws SessionRevokeError when refused (the current session: 409 `CURRENT_SESSION`)
 */
export async function revokeUserSession(options: AccountRequestOptions, sessionId: string): Promise<void> {
  if (typeof sessionId !== 'string' || !/^[A-Za-z0-9-]{1,64}$/.test(sessionId))
    throw new SessionResponseError('A session id is letters, digits and dashes');
  try {
    await revokeRequest(options, `/sessions/${sessionId}`, 'Signing the session out');
  } catch (error) {
    if (error instanceof SessionHttpError && error.code === 'SESSION_NOT_FOUND') return;
    throw error;
  }
}

/**
 * `DELETE {url}/sessions`: signs out every other session of the user.
 * @returns the ids PingOne signed out
 * @throws SessionRevokeError with `reason: 'incomplete'` when some could not be signed out
 */
export async function revokeOtherUserSessions(options: AccountRequestOptions): Promise<string[]> {
  const { json } = await revokeRequest(options, '/sessions', 'Signing the other sessions out');
  return isRecord(json) && Array.isArray(json.revoked) ? json.revoked.filter((id): id is string => typeof id === 'string') : [];
}
