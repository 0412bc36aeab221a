import { SessionConfigError } from '../session/index.js';
import { callPingOne, TokenAges, type Upstream } from './callPingOne.js';
import { corsHeaders } from './corsHeaders.js';
import { DeadlineError, startDeadline } from './deadline.js';
import { isCookieValue } from '../session/credentialRules.js';
import { LOGOUT_CONTENT_TYPE } from '../session/endpoints.js';
import { secretMatcher } from '../session/secretMatcher.js';
import { isCrossSiteRequest } from './isCrossSiteRequest.js';
import { jsonError } from './jsonError.js';
import { resolveProxyConfig, type ProxyConfig, type SessionProxyOptions } from './proxyConfig.js';
import { ProxyAnswer, misconfigured, proxyFailure } from './proxyFailure.js';
import { readSmallBody } from './readSmallBody.js';
import { relayUpstream } from './relayUpstream.js';
import { setSecurityHeaders } from './securityHeaders.js';
import { listSessions, matchRoute, revokeOtherSessions, revokeSession, routeMethods } from './userSessionRoutes.js';

export type { SessionProxyOperations, SessionProxyOptions } from './proxyConfig.js';

/** A fetch-standard route handler: Next.js route handlers, edge functions, Hono, Bun, Deno. */
export type SessionProxy = (request: Request) => Promise<Response>;

const MAX_BODY = 16 * 1024;

/** True for an empty body or `{}`: the only bodies a write accepts (the proxy builds the rest). */
function isEmptyBody(text: string): boolean {
  if (text.trim() === '') return true;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
  } catch {
    return false;
  }
}

/** PingOne's Update Session body, built from the session PingOne itself just returned. */
function extendBody(current: Upstream): string | undefined {
  let session: Record<string, unknown>;
  try {
    session = JSON.parse(current.text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (session === null || typeof session !== 'object' || typeof session.id !== 'string') return undefined;
  // "Now" on PingOne's clock when it says so, else the server's: never the browser's.
  const date = Date.parse(current.headers.get('date') ?? '');
  const activeAt = new Date(Number.isFinite(date) ? date : Date.now()).toISOString();
  return JSON.stringify({
    id: session.id,
    activeAt,
    lastSignOn: session.lastSignOn,
    userAgent: session.userAgent,
    idleTimeoutInMinutes: session.idleTimeoutInMinutes,
  });
}

/**
 * A same-origin backend route for PingOne's `sessions/me`: the browser calls it with its cookies;
 * it adds the worker bearer token and `Cookie: ST=...` and answers with PingOne's status. `GET`
 * only unless `operations` enables a write; cross-site requests get 403; errors are its own JSON.
 * Next.js: `export const GET = proxy`; Node / Express / Vite: `toNodeHandler(proxy)`.
 * What it refuses and why: README "Security" and docs/security.md.
 */
export function createSessionProxy(options: SessionProxyOptions): SessionProxy {
  let config: ProxyConfig | SessionConfigError | undefined;
  const ages = new TokenAges();
  const loggedConfig = new Set<string>();
  const report = (error: unknown) => {
    if (error instanceof SessionConfigError) {
      // One line per distinct problem, not one per request.
      if (loggedConfig.has(error.message)) return;
      loggedConfig.add(error.message);
      if (!options.onError) {
        console.error(`[pingone-session-react] ${error.message}`);
        return;
      }
    }
    try {
      options.onError?.(error);
    } catch {
      // A logger's failure must not change the answer.
    }
  };

  return async function sessionProxy(request: Request): Promise<Response> {
    if (config === undefined) {
      try {
        config = resolveProxyConfig(options);
      } catch (error) {
        config = error instanceof SessionConfigError ? error : new SessionConfigError(`createSessionProxy: ${String(error)}`);
      }
    }
    if (config instanceof SessionConfigError) {
      report(config);
      return misconfigured();
    }
    const cfg = config;
    const method = request.method;
    // The path only (never the query); percent-encoding as received, so "%2F" is not a "/".
    const route = matchRoute(new URL(request.url).pathname, cfg);
    if (route.kind === 'unknown') return jsonError(404, 'NOT_FOUND', 'The session proxy has no such route');
    const methods = routeMethods(route, cfg);
    const cors = corsHeaders(request, { allowedOrigins: cfg.allowedOrigins, methods, preflight: method === 'OPTIONS' });
    const answer = (response: Response) => {
      cors.forEach((value, key) => response.headers.set(key, value));
      return response;
    };
    const allow = { Allow: methods.join(', ') };
    if (method === 'OPTIONS') return answer(new Response(null, { status: 204, headers: setSecurityHeaders(new Headers(allow)) }));
    if (!methods.includes(method))
      return answer(jsonError(405, 'METHOD_NOT_ALLOWED', `${method} is not enabled on this route`, { headers: allow }));
    const write = method !== 'GET';
    // The device list holds every session's places and IPs: never for another site, whatever allowCrossSiteGet says.
    if ((write || !options.allowCrossSiteGet || route.kind !== 'current') && isCrossSiteRequest(request, cfg)) {
      return answer(jsonError(403, 'ACCESS_FAILED', 'Cross-site request refused'));
    }

    const raw = await cfg.getSessionToken(request);
    const sessionToken = isCookieValue(raw) ? raw : undefined;
    if (sessionToken === undefined) {
      return answer(
        jsonError(401, 'ACCESS_FAILED', 'There is no session cookie on this request.', {
          details: [{ code: 'INVALID_TOKEN', message: 'The session token is missing.' }],
        }),
      );
    }
    // A browser always says where a write comes from; a request that does not, yet carries the
    // session cookie, cannot be told apart from a forged one.
    if (write && !request.headers.has('origin') && !request.headers.has('sec-fetch-site')) {
      return answer(jsonError(403, 'ACCESS_FAILED', 'A write must say where it comes from (Origin or Sec-Fetch-Site)'));
    }

    const deadline = startDeadline(cfg.timeoutMs, request.signal);
    try {
      if (write) {
        let body: string | undefined;
        try {
          body = await deadline.race(readSmallBody(request, MAX_BODY));
        } catch (error) {
          // The client was slow to send its body, not PingOne to answer.
          if (error instanceof DeadlineError && error.timedOut)
            return answer(jsonError(408, 'REQUEST_TIMEOUT', 'The request body did not arrive in time'));
          throw error;
        }
        if (body === undefined) return answer(jsonError(413, 'REQUEST_TOO_LARGE', 'The request body is too large'));
        if (!isEmptyBody(body)) {
          return answer(jsonError(400, 'INVALID_DATA', 'The body must be empty or {}: the proxy builds the update itself'));
        }
      }
      const ctx = { config: cfg, getAccessToken: options.getAccessToken, ages, deadline, report };
      if (route.kind === 'list')
        return answer(method === 'GET' ? await listSessions(ctx, sessionToken) : await revokeOtherSessions(ctx, sessionToken));
      if (route.kind === 'one') return answer(await revokeSession(ctx, sessionToken, route.sessionId));
      let upstream: Upstream;
      if (method === 'POST') {
        upstream = await callPingOne(ctx, { method: 'POST', sessionToken, body: '', contentType: LOGOUT_CONTENT_TYPE });
      } else if (method === 'PUT') {
        const current = await callPingOne(ctx, { method: 'GET', sessionToken });
        const body = current.status === 200 ? extendBody(current) : undefined;
        upstream =
          body === undefined
            ? current
            : await callPingOne(ctx, { method: 'PUT', sessionToken, body, contentType: 'application/json' });
      } else {
        upstream = await callPingOne(ctx, { method: 'GET', sessionToken });
      }
      return answer(
        relayUpstream(upstream.status, upstream.headers, upstream.text, secretMatcher([sessionToken, upstream.bearer])),
      );
    } catch (error) {
      return answer(error instanceof ProxyAnswer ? error.response : proxyFailure(error, 'upstream'));
    } finally {
      deadline.dispose();
    }
  };
}
