import { LOGOUT_CONTENT_TYPE } from './constants.js';
import type { EmulatorContext } from './context.js';
import { readBearer, readSessionCookie } from './credentials.js';
import { invalidAccessToken, pingOneError } from './errorBodies.js';
import { emptyResponse, jsonResponse } from './responses.js';

const ALLOW = 'GET, PUT, POST, DELETE';

/**
 * `GET | PUT | POST | DELETE /v1/environments/{envId}/sessions/me`.
 * Needs a valid bearer (else 401 INVALID_TOKEN) and `Cookie: ST=`. PingOne does not document
 * which status a dead session gets, so the emulator answers both ways clients must handle
 * (see `PingOneEmulator.fetch`): no cookie -> 401 ACCESS_FAILED ("session token is missing,
 * invalid or expired"); an unknown, expired or ended session -> 404 NOT_FOUND.
 */
export async function handleSessionsMe(ctx: EmulatorContext, request: Request): Promise<Response> {
  const now = ctx.now();
  if (!['GET', 'PUT', 'POST', 'DELETE'].includes(request.method)) return pingOneError(now, 405, undefined, { Allow: ALLOW });
  if (!ctx.accessTokens.isValid(readBearer(request))) return invalidAccessToken(now);
  const token = readSessionCookie(request);
  if (token === undefined) return pingOneError(now, 401);
  const session = ctx.sessions.live(token);
  if (session === undefined) return pingOneError(now, 404);

  switch (request.method) {
    case 'GET':
      return jsonResponse(now, 200, ctx.getCountsAsActivity ? ctx.sessions.touch(token, now) : session);
    case 'PUT':
      return updateSession(ctx, request, token);
    case 'POST': {
      const type = request.headers.get('content-type') ?? '';
      if (!type.toLowerCase().startsWith(LOGOUT_CONTENT_TYPE)) {
        return pingOneError(now, 415, { message: `The request could not be completed. Use Content-Type ${LOGOUT_CONTENT_TYPE}.` });
      }
      ctx.sessions.delete(token);
      return emptyResponse(now, 204);
    }
    default:
      ctx.sessions.delete(token);
      return emptyResponse(now, 204);
  }
}

/** PUT: `activeAt` from the body (ISO-8601) or now, optional `idleTimeoutInMinutes` (number or numeric string). */
async function updateSession(ctx: EmulatorContext, request: Request, token: string): Promise<Response> {
  const now = ctx.now();
  const text = await request.text();
  let body: unknown = {};
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      return pingOneError(now, 400, { code: 'INVALID_REQUEST', message: 'The request could not be completed. The request body is not valid JSON.' });
    }
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return pingOneError(now, 400, { details: [{ code: 'INVALID_VALUE', message: 'The body must be a session object.' }] });
  }
  const { activeAt, idleTimeoutInMinutes } = body as Record<string, unknown>;
  const at = activeAt === undefined ? now : typeof activeAt === 'string' ? Date.parse(activeAt) : Number.NaN;
  if (!Number.isFinite(at)) {
    return pingOneError(now, 400, { details: [{ code: 'INVALID_VALUE', target: 'activeAt', message: 'activeAt must be an ISO-8601 timestamp.' }] });
  }
  const idle = idleTimeoutInMinutes === undefined ? undefined : Number(idleTimeoutInMinutes);
  const validIdle = typeof idleTimeoutInMinutes === 'number' || (typeof idleTimeoutInMinutes === 'string' && /^\s*\d+\s*$/.test(idleTimeoutInMinutes));
  if (idle !== undefined && (!validIdle || !(idle > 0))) {
    return pingOneError(now, 400, {
      details: [{ code: 'INVALID_VALUE', target: 'idleTimeoutInMinutes', message: 'idleTimeoutInMinutes must be a positive number of minutes.' }],
    });
  }
  return jsonResponse(now, 200, ctx.sessions.touch(token, at, idle));
}
