import { LOGOUT_CONTENT_TYPE } from './constants.js';
import type { EmulatorContext } from './context.js';
import { readBearer, readSessionCookie } from './credentials.js';
import { invalidAccessToken, pingOneError } from './errorBodies.js';
import { emptyResponse, jsonResponse } from './responses.js';

const ALLOW = 'GET, PUT, POST, DELETE';

/**
 * `GET | PUT | POST | DELETE /v1/environments/{envId}/sessions/me`. Needs a valid bearer (else 401
 * INVALID_TOKEN) and `Cookie: ST=`: no cookie is 401 ACCESS_FAILED, an unknown, expired or deleted
 * session 404 NOT_FOUND (both ways clients must handle; docs/pingone.md). POST resets
 * authentication (the session survives without a user, unless `afterLogout: 'gone'`).
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
      return updateSession(ctx, request, token, session.id);
    case 'POST': {
      const type = request.headers.get('content-type') ?? '';
      if (!type.toLowerCase().startsWith(LOGOUT_CONTENT_TYPE)) {
        return pingOneError(now, 415, {
          message: `The request could not be completed. Use Content-Type ${LOGOUT_CONTENT_TYPE}.`,
        });
      }
      if (ctx.afterLogout === 'gone') ctx.sessions.delete(token);
      else ctx.sessions.resetAuthentication(token);
      return emptyResponse(now, 204);
    }
    default:
      ctx.sessions.delete(token);
      return emptyResponse(now, 204);
  }
}

type Detail = { code: string; target: string; message: string };
const required = (target: string): Detail => ({ code: 'REQUIRED_VALUE', target, message: `${target} is required.` });
const invalid = (target: string, message: string): Detail => ({ code: 'INVALID_VALUE', target, message });

/**
 * PUT: PingOne's request model marks `activeAt`, `id`, `lastSignOn` and `userAgent` Required and
 * `idleTimeoutInMinutes` optional (update-session-me docs), so a body without them gets
 * 400 INVALID_DATA with one `details` entry per field. The given fields replace the stored ones;
 * `activeAt` slides the idle deadline.
 */
async function updateSession(ctx: EmulatorContext, request: Request, token: string, sessionId: string): Promise<Response> {
  const now = ctx.now();
  const text = await request.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return pingOneError(now, 400, {
      code: 'INVALID_REQUEST',
      message: 'The request could not be completed. The request body is not valid JSON.',
    });
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return pingOneError(now, 400, { details: [invalid('body', 'The body must be a session object.')] });
  }
  const { activeAt, id, lastSignOn, userAgent, idleTimeoutInMinutes } = body as Record<string, unknown>;
  const details: Detail[] = [];
  const at = typeof activeAt === 'string' ? Date.parse(activeAt) : Number.NaN;
  if (activeAt === undefined || activeAt === null) details.push(required('activeAt'));
  else if (!Number.isFinite(at)) details.push(invalid('activeAt', 'activeAt must be an ISO-8601 timestamp.'));
  if (id === undefined || id === null) details.push(required('id'));
  else if (id !== sessionId) details.push(invalid('id', 'id must be the id of the current session.'));
  if (lastSignOn === undefined) details.push(required('lastSignOn'));
  else if (lastSignOn !== null && (typeof lastSignOn !== 'object' || Array.isArray(lastSignOn)))
    details.push(invalid('lastSignOn', 'lastSignOn must be an object.'));
  if (userAgent === undefined || userAgent === null) details.push(required('userAgent'));
  else if (typeof userAgent !== 'string') details.push(invalid('userAgent', 'userAgent must be a string.'));
  const idle = idleTimeoutInMinutes === undefined ? undefined : Number(idleTimeoutInMinutes);
  const validIdle =
    typeof idleTimeoutInMinutes === 'number' ||
    (typeof idleTimeoutInMinutes === 'string' && /^\s*\d+\s*$/.test(idleTimeoutInMinutes));
  if (idle !== undefined && (!validIdle || !(idle > 0))) {
    details.push(invalid('idleTimeoutInMinutes', 'idleTimeoutInMinutes must be a positive number of minutes.'));
  }
  if (details.length > 0) return pingOneError(now, 400, { details });
  return jsonResponse(
    now,
    200,
    ctx.sessions.replace(token, { activeAt: at, userAgent: userAgent as string, lastSignOn, idleTimeoutInMinutes: idle }),
  );
}
