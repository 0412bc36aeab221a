import { sessionLinks } from '../fixtures.js';
import type { EmulatorContext } from './context.js';
import { readBearer, readSessionCookie } from './credentials.js';
import { invalidAccessToken, pingOneError } from './errorBodies.js';
import { emptyResponse, jsonResponse } from './responses.js';

/**
 * `GET /v1/environments/{envId}/users/{userId}/sessions`: bearer only; expired sessions included.
 * The store keeps at most 10 per user (an 11th purges the oldest), so the list never exceeds 10.
 */
export function handleListUserSessions(ctx: EmulatorContext, request: Request, userId: string): Response {
  const now = ctx.now();
  if (request.method !== 'GET') return pingOneError(now, 405, undefined, { Allow: 'GET' });
  if (!ctx.accessTokens.isValid(readBearer(request))) return invalidAccessToken(now);
  const self = `https://api.pingone.com/v1/environments/${ctx.environmentId}/users/${userId}/sessions`;
  // Items link to themselves under the user, as in PingOne's read-all-sessions example.
  const sessions = ctx.sessions.listForUser(userId).map((session) => ({
    ...session,
    _links: { ...sessionLinks(ctx.environmentId, session.id, userId), self: { href: `${self}/${session.id}` } },
  }));
  // PingOne's collection shape: HAL `_embedded`, `count` and `size` (not visible in the docs' excerpt: inferred).
  return jsonResponse(now, 200, {
    _links: { self: { href: self } },
    _embedded: { sessions },
    count: sessions.length,
    size: sessions.length,
  });
}

/**
 * `DELETE /v1/environments/{envId}/users/{userId}/sessions/{sessionId}`: bearer only; 204, or 404
 * for an unknown session. "The session to be deleted cannot be the current session" (documented,
 * delete-session). Which session is current for a worker-token call, and the refusal's status,
 * are not documented: the emulator takes the session of the request's own ST cookie and answers
 * 400 INVALID_REQUEST (inferred; docs/pingone.md).
 */
export function handleDeleteUserSession(ctx: EmulatorContext, request: Request, userId: string, sessionId: string): Response {
  const now = ctx.now();
  if (request.method !== 'DELETE') return pingOneError(now, 405, undefined, { Allow: 'DELETE' });
  if (!ctx.accessTokens.isValid(readBearer(request))) return invalidAccessToken(now);
  const owned = ctx.sessions.listForUser(userId).some((session) => session.id === sessionId);
  if (!owned) return pingOneError(now, 404);
  const current = readSessionCookie(request);
  if (current !== undefined && ctx.sessions.tokenOf(sessionId) === current) {
    return pingOneError(now, 400, {
      code: 'INVALID_REQUEST',
      details: [
        { code: 'INVALID_VALUE', target: 'sessionId', message: 'The current session cannot be deleted here; use sessions/me.' },
      ],
    });
  }
  ctx.sessions.deleteById(sessionId);
  return emptyResponse(now, 204);
}
