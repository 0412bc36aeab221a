import { isRecord } from '../session/isRecord.js';
import { callPingOne, type CallContext, type Upstream } from './callPingOne.js';
import { secretMatcher } from '../session/secretMatcher.js';
import { jsonError } from './jsonError.js';
import type { ProxyConfig } from './proxyConfig.js';
import { relayHeaders, relayUpstream } from './relayUpstream.js';

/** What a request path asks for, relative to the proxy's mount. */
export type ProxyRoute = { kind: 'current' } | { kind: 'list' } | { kind: 'one'; sessionId: string } | { kind: 'unknown' };

// PingOne ids are UUIDs; the pattern is wider (letters, digits, dashes) but admits no "/", "%",
// "." or anything a path or a query could be built from.
const ID = /^[A-Za-z0-9-]{1,64}$/;

/**
 * Routes a request path (as received, percent-encoding intact) against the mount. Without
 * user-session operations every path is the current session, as the proxy always did. With
 * them, only `{base}`, `{base}/sessions` and `{base}/sessions/{id}` exist: a trailing slash,
 * an encoded slash, a dot segment or anything else is `unknown`.
 */
export function matchRoute(pathname: string, config: ProxyConfig): ProxyRoute {
  const base = config.basePath;
  if (base === undefined) return { kind: 'current' };
  if (pathname === base) return { kind: 'current' };
  if (!pathname.startsWith(`${base}/`)) return { kind: 'unknown' };
  const rest = pathname.slice(base.length + 1);
  if (rest === 'sessions' && config.listSessions) return { kind: 'list' };
  const [first, id, ...more] = rest.split('/');
  if (first === 'sessions' && id !== undefined && ID.test(id) && more.length === 0 && config.revokeSessions)
    return { kind: 'one', sessionId: id };
  return { kind: 'unknown' };
}

/** The methods a route answers, given the enabled operations. */
export function routeMethods(route: ProxyRoute, config: ProxyConfig): string[] {
  if (route.kind === 'current') return [...config.methods];
  if (route.kind === 'list') return config.revokeSessions ? ['GET', 'DELETE'] : ['GET'];
  if (route.kind === 'one') return ['DELETE'];
  return [];
}

interface Caller {
  userId: string;
  sessionId: string;
}

interface SessionItem {
  id: string;
  [field: string]: unknown;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Collects the bearers used (for the leak check of the final answer). */
class Calls {
  readonly bearers: string[] = [];
  constructor(
    readonly ctx: CallContext,
    readonly sessionToken: string,
  ) {}
  async call(call: Parameters<typeof callPingOne>[1]): Promise<Upstream> {
    const upstream = await callPingOne(this.ctx, call);
    this.bearers.push(upstream.bearer);
    return upstream;
  }
  leaks(): (text: string) => boolean {
    return secretMatcher([this.sessionToken, ...this.bearers]);
  }
  relay(upstream: Upstream): Response {
    return relayUpstream(upstream.status, upstream.headers, upstream.text, this.leaks());
  }
}

/**
 * The caller's user and session, from PingOne's `sessions/me` with the caller's own session
 * token: the only source of the user id. A session without a user (signed off) is "no session".
 */
async function whoIsCalling(calls: Calls): Promise<Caller | Response> {
  const me = await calls.call({ method: 'GET', sessionToken: calls.sessionToken });
  if (me.status !== 200) return calls.relay(me);
  const session = parseJson(me.text);
  const userId = isRecord(session) && isRecord(session.user) ? session.user.id : undefined;
  const sessionId = isRecord(session) ? session.id : undefined;
  if (typeof sessionId !== 'string' || !ID.test(sessionId)) {
    return jsonError(502, 'UPSTREAM_INVALID_RESPONSE', "PingOne's answer for the current session has no usable id");
  }
  if (typeof userId !== 'string' || !ID.test(userId)) {
    return jsonError(401, 'ACCESS_FAILED', 'No user is signed in on this session', {
      details: [{ code: 'NO_USER', message: 'The session has no signed-in user.' }],
    });
  }
  return { userId, sessionId };
}

/** PingOne's list of the caller's sessions; only items that name the caller as their user. */
async function listOwn(calls: Calls, config: ProxyConfig, caller: Caller): Promise<SessionItem[] | Response> {
  const listed = await calls.call({
    method: 'GET',
    url: `${config.environmentUrl}/users/${encodeURIComponent(caller.userId)}/sessions`,
  });
  if (listed.status !== 200) return calls.relay(listed);
  const body = parseJson(listed.text);
  const embedded = isRecord(body) && isRecord(body._embedded) ? body._embedded.sessions : undefined;
  if (!Array.isArray(embedded))
    return jsonError(502, 'UPSTREAM_INVALID_RESPONSE', "PingOne's list of sessions is not a HAL collection");
  return embedded.filter(
    (item): item is SessionItem =>
      isRecord(item) &&
      typeof item.id === 'string' &&
      ID.test(item.id) &&
      (!isRecord(item.user) || item.user.id === caller.userId) &&
      item.user !== null,
  );
}

function deleteUrl(config: ProxyConfig, caller: Caller, sessionId: string): string {
  return `${config.environmentUrl}/users/${encodeURIComponent(caller.userId)}/sessions/${encodeURIComponent(sessionId)}`;
}

/** 409 for the current session: PingOne refuses deleting it this way; signing off is the way. */
function currentSessionRefused(): Response {
  return jsonError(409, 'CURRENT_SESSION', 'This is the session of this browser: sign off instead of revoking it', {
    details: [{ code: 'CURRENT_SESSION', message: 'The current session cannot be revoked from the list.' }],
  });
}

/** `GET {base}/sessions`: `{ currentSessionId, sessions }`, the items as PingOne sent them without `_links`. */
export async function listSessions(ctx: CallContext, sessionToken: string): Promise<Response> {
  const calls = new Calls(ctx, sessionToken);
  const caller = await whoIsCalling(calls);
  if (caller instanceof Response) return caller;
  const items = await listOwn(calls, ctx.config, caller);
  if (items instanceof Response) return items;
  const sessions = items.map(({ _links: _l, ...item }) => item);
  const json = JSON.stringify({ currentSessionId: caller.sessionId, sessions });
  const leaks = calls.leaks();
  if (leaks(json))
    return jsonError(502, 'UPSTREAM_ECHOED_CREDENTIALS', "PingOne's answer echoed a credential; it was not relayed");
  const headers = relayHeaders(new Headers(), leaks);
  headers.set('Content-Type', 'application/json');
  return new Response(json, { status: 200, headers });
}

/** `DELETE {base}/sessions/{id}`: one of the caller's other sessions; 204 when it is gone. */
export async function revokeSession(ctx: CallContext, sessionToken: string, sessionId: string): Promise<Response> {
  const calls = new Calls(ctx, sessionToken);
  const caller = await whoIsCalling(calls);
  if (caller instanceof Response) return caller;
  if (sessionId === caller.sessionId) return currentSessionRefused();
  const items = await listOwn(calls, ctx.config, caller);
  if (items instanceof Response) return items;
  const item = items.find((candidate) => candidate.id === sessionId);
  if (!item) return jsonError(404, 'SESSION_NOT_FOUND', 'None of your sessions has that id');
  const deleted = await calls.call({ method: 'DELETE', url: deleteUrl(ctx.config, caller, item.id), sessionToken });
  // Already gone (purged, expired away) is what was asked for.
  if (deleted.status === 204 || deleted.status === 200 || deleted.status === 404)
    return new Response(null, { status: 204, headers: relayHeaders(deleted.headers, calls.leaks()) });
  return calls.relay(deleted);
}

/** `DELETE {base}/sessions`: every session of the caller but the current one; `{ revoked: [ids] }`. */
export async function revokeOtherSessions(ctx: CallContext, sessionToken: string): Promise<Response> {
  const calls = new Calls(ctx, sessionToken);
  const caller = await whoIsCalling(calls);
  if (caller instanceof Response) return caller;
  const items = await listOwn(calls, ctx.config, caller);
  if (items instanceof Response) return items;
  const revoked: string[] = [];
  const failed: { code: string; message: string }[] = [];
  let last: Upstream | undefined;
  for (const item of items) {
    if (item.id === caller.sessionId) continue;
    last = await calls.call({ method: 'DELETE', url: deleteUrl(ctx.config, caller, item.id), sessionToken });
    if (last.status === 204 || last.status === 200 || last.status === 404) revoked.push(item.id);
    else
      failed.push({
        code: 'NOT_REVOKED',
        message: `Session ${item.id} was not signed out (PingOne answered HTTP ${last.status})`,
      });
  }
  if (failed.length > 0)
    return jsonError(502, 'REVOKE_INCOMPLETE', `${failed.length} of your other sessions could not be signed out`, {
      details: failed,
    });
  const headers = relayHeaders(last?.headers ?? new Headers(), calls.leaks());
  headers.set('Content-Type', 'application/json');
  return new Response(JSON.stringify({ revoked }), { status: 200, headers });
}
