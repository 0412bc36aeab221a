import type { EmulatorContext } from './context.js';
import { readBasicCredentials, readBearer, readSessionCookie } from './credentials.js';
import { pingOneError } from './errorBodies.js';
import { delay, faultResponse, type EndpointKind } from './faults.js';
import { baseHeaders } from './responses.js';
import { handleSessionsMe } from './sessionsMe.js';
import { handleToken } from './tokenEndpoint.js';
import { handleDeleteUserSession, handleListUserSessions } from './userSessions.js';

type Route = { kind: EndpointKind; run: (ctx: EmulatorContext, request: Request) => Response | Promise<Response> };

// Anchored at the end so the handler also works mounted under a prefix (e.g. `/pingone/v1/...`).
const TOKEN = /\/([^/]+)\/as\/token$/;
const API = /\/v1\/environments\/([^/]+)(\/.*)?$/;
const SESSIONS_ME = /^\/sessions\/me$/;
const USER_SESSIONS = /^\/users\/([^/]+)\/sessions$/;
const USER_SESSION = /^\/users\/([^/]+)\/sessions\/([^/]+)$/;

/**
 * A path the emulator does not know. PingOne's answer to an unknown route is not documented; the
 * emulator answers like a gateway would (plain text, not PingOne's JSON error body), so a client
 * can tell "wrong base path" from "no session" (a dead session gets PingOne's 404 NOT_FOUND body).
 */
function unknownRoute(ctx: EmulatorContext, request: Request): Response {
  const headers = baseHeaders(ctx.now(), { 'Content-Type': 'text/plain; charset=utf-8' });
  return new Response(`404 Not Found: no PingOne endpoint at ${new URL(request.url).pathname}\n`, { status: 404, headers });
}

/** Finds the handler for a path. Another environment's id gets 403, as a worker token is environment-scoped. */
export function route(ctx: EmulatorContext, path: string): Route {
  const api = API.exec(path);
  if (api) {
    const [, envId = '', rest = ''] = api;
    const forbidden: Route['run'] = (c) =>
      pingOneError(c.now(), 403, {
        details: [{ code: 'INSUFFICIENT_PERMISSIONS', message: 'The access token is not valid for this environment.' }],
      });
    const kind: EndpointKind = SESSIONS_ME.test(rest) ? 'sessions/me' : 'other';
    if (envId !== ctx.environmentId) return { kind, run: forbidden };
    if (kind === 'sessions/me') return { kind, run: handleSessionsMe };
    const list = USER_SESSIONS.exec(rest);
    if (list) return { kind, run: (c, r) => handleListUserSessions(c, r, decodeURIComponent(list[1] ?? '')) };
    const one = USER_SESSION.exec(rest);
    if (one)
      return {
        kind,
        run: (c, r) => handleDeleteUserSession(c, r, decodeURIComponent(one[1] ?? ''), decodeURIComponent(one[2] ?? '')),
      };
    return { kind, run: unknownRoute };
  }
  const token = TOKEN.exec(path);
  if (token) return { kind: 'token', run: token[1] === ctx.environmentId ? handleToken : (c) => pingOneError(c.now(), 404) };
  return { kind: 'other', run: unknownRoute };
}

/**
 * Handles one request: CORS preflight, then any queued fault for the endpoint (a delay, a
 * status, a broken body), then the endpoint itself. `signal` ends a fault's delay early when
 * the client has gone away.
 */
export async function dispatch(ctx: EmulatorContext, request: Request, signal: AbortSignal | undefined): Promise<Response> {
  const path = new URL(request.url).pathname;
  if (request.method === 'OPTIONS') return ctx.cors.apply(request, ctx.cors.preflight(request, ctx.now()));
  const target = route(ctx, path);
  const fault = ctx.faults.take(target.kind);
  if (fault?.delayMs !== undefined && fault.delayMs > 0) await delay(fault.delayMs, signal);
  const basic = fault && readBasicCredentials(request);
  const clientSecret = typeof basic === 'object' ? basic.secret : undefined;
  const faulted =
    fault &&
    faultResponse(fault, ctx.now(), { sessionToken: readSessionCookie(request), accessToken: readBearer(request), clientSecret });
  return ctx.cors.apply(request, faulted ?? (await target.run(ctx, request)));
}
