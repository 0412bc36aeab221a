import { SessionConfigError, checkTimeoutMs, redact, sessionsMeUrl, type PingOneRegion } from '../core/index.js';
import type { AccessTokenGetter } from './createWorkerTokenSource.js';
import { PROXY_METHODS, corsHeaders } from './corsHeaders.js';
import { isAccessTokenRejected as defaultIsAccessTokenRejected } from './isAccessTokenRejected.js';
import { isCrossSiteRequest } from './isCrossSiteRequest.js';
import { jsonError } from './jsonError.js';
import { readCookie } from './readCookie.js';
import { relayHeaders } from './relayHeaders.js';
import { upstreamFailure } from './upstreamFailure.js';

/** Options of {@link createSessionProxy}. */
export interface SessionProxyOptions {
  /** PingOne environment id. */
  environmentId: string;
  /** PingOne region (default `NA`); ignored when `apiPath` is given. */
  region?: PingOneRegion;
  /** Overrides the API base (`https://api.pingone.com/v1`), e.g. an emulator's `/v1` URL. */
  apiPath?: string;
  /** Bearer tokens for PingOne's API, e.g. {@link createWorkerTokenSource}. */
  getAccessToken: AccessTokenGetter;
  /** Finds the session token in the incoming request (default: its `ST` cookie). */
  getSessionToken?: (request: Request) => string | undefined | Promise<string | undefined>;
  /** The fetch used to call PingOne (default the global one). */
  fetch?: typeof fetch;
  /** Other origins allowed to call the proxy with cookies (CORS + CSRF check). Default none. */
  allowedOrigins?: readonly string[];
  /**
   * Relay `GET`s that a browser marks as coming from another site (default false: refused with
   * 403 like writes). Refusing them stops other sites from probing whether the visitor is signed
   * in (the load/error of a `<script src>` tells 200 from 401), and from keeping an idle session
   * alive should PingOne count a read as activity. Requests without `Origin` / `Sec-Fetch-Site`
   * (curl, servers) are never cross-site.
   */
  allowCrossSiteGet?: boolean;
  /** Give up on PingOne after this many ms and answer 504 (default 10 000). */
  timeoutMs?: number;
  /** Decides whether a 401 means "bearer token refused" (refresh + retry once) rather than "no session". */
  isAccessTokenRejected?: (status: number, body: string, headers: Headers) => boolean;
  /** Told about token and network failures (already token-free), for your logs. */
  onError?: (error: unknown) => void;
}

/** A fetch-standard route handler: Next.js route handlers, edge functions, Hono, Bun, Deno. */
export type SessionProxy = (request: Request) => Promise<Response>;

const COOKIE_VALUE = /^[\x21-\x7e]+$/;
const MAX_BODY = 16 * 1024;
const LOGOUT_TYPE = 'application/vnd.pingidentity.sso.session.logout';

/**
 * A same-origin backend route for PingOne's `sessions/me`. The browser calls it with its cookies;
 * it adds the worker bearer token and `Cookie: ST=...` and relays PingOne's status and JSON.
 * `GET` reads the session, `PUT` updates it (JSON body, e.g. `activeAt`), `POST` resets
 * authentication (PingOne's logout content type), `DELETE` deletes it. Requests from another
 * site are refused with 403 (reads too, unless `allowCrossSiteGet`); `allowedOrigins` get CORS. Responses carry `Cache-Control: no-store` and PingOne's
 * `Date`; `Set-Cookie` and hop-by-hop headers are dropped; tokens echoed by PingOne are redacted.
 *
 * Next.js: `export const GET = proxy` (and `PUT`, `POST`, `DELETE`) in `app/api/session/route.ts`.
 * Express / Node `http` / Vite: `toNodeHandler(proxy)`.
 */
export function createSessionProxy(options: SessionProxyOptions): SessionProxy {
  const url = sessionsMeUrl({ environmentId: options.environmentId, region: options.region, apiPath: options.apiPath });
  if (typeof options.getAccessToken !== 'function') throw new SessionConfigError('getAccessToken must be a function');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const allowed = options.allowedOrigins ?? [];
  const timeoutMs = checkTimeoutMs(options.timeoutMs);
  const rejected = options.isAccessTokenRejected ?? defaultIsAccessTokenRejected;
  const getSessionToken = options.getSessionToken ?? ((request: Request) => readCookie(request.headers.get('cookie'), 'ST'));
  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // A logger's failure must not change the answer.
    }
  };

  return async function sessionProxy(request: Request): Promise<Response> {
    const method = request.method.toUpperCase();
    const cors = corsHeaders(request, allowed, method === 'OPTIONS');
    const answer = (response: Response) => {
      cors.forEach((value, key) => response.headers.set(key, value));
      return response;
    };
    if (method === 'OPTIONS') return answer(new Response(null, { status: 204, headers: { Allow: PROXY_METHODS.join(', ') } }));
    if (!(PROXY_METHODS as readonly string[]).includes(method)) {
      return answer(jsonError(405, 'METHOD_NOT_ALLOWED', `${method} is not supported`, { headers: { Allow: PROXY_METHODS.join(', ') } }));
    }
    if ((method !== 'GET' || !options.allowCrossSiteGet) && isCrossSiteRequest(request, allowed)) {
      return answer(jsonError(403, 'ACCESS_FAILED', 'Cross-site request refused'));
    }

    let body: string | undefined;
    let contentType: string | undefined;
    if (method === 'PUT') {
      body = await request.text();
      contentType = 'application/json';
      let parsed: unknown;
      try {
        parsed = body.length <= MAX_BODY ? JSON.parse(body) : undefined;
      } catch {
        parsed = undefined;
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return answer(jsonError(400, 'INVALID_DATA', 'The request body must be a JSON object of at most 16 KB'));
      }
    } else if (method === 'POST') {
      contentType = LOGOUT_TYPE;
    }

    const raw = await getSessionToken(request);
    const sessionToken = typeof raw === 'string' && COOKIE_VALUE.test(raw) && !/[;,]/.test(raw) ? raw : undefined;
    if (sessionToken === undefined) {
      return answer(
        jsonError(401, 'ACCESS_FAILED', 'There is no session cookie on this request.', {
          details: [{ code: 'INVALID_TOKEN', message: 'The session token is missing.' }],
        }),
      );
    }

    let bearer: string | undefined;
    for (let attempt = 0; ; attempt += 1) {
      try {
        bearer = await options.getAccessToken(attempt === 0 ? undefined : { rejected: bearer });
      } catch (error) {
        report(error);
        return answer(upstreamFailure(error, 'token'));
      }
      const headers = new Headers({ Accept: 'application/json', Authorization: `Bearer ${bearer}`, Cookie: `ST=${sessionToken}` });
      if (contentType) headers.set('Content-Type', contentType);
      let upstream: Response;
      let text: string;
      try {
        upstream = await fetchImpl(url, {
          method,
          headers,
          body: method === 'PUT' ? body : method === 'POST' ? '' : undefined,
          redirect: 'error',
          cache: 'no-store',
          signal: AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]),
        });
        text = await upstream.text();
      } catch (error) {
        const safe = new Error(redact(error instanceof Error ? error.message : 'fetch failed', [bearer, sessionToken]));
        safe.name = error instanceof Error ? error.name : 'Error';
        report(safe);
        return answer(upstreamFailure(safe, 'upstream'));
      }
      // An expired worker token is our problem, not "no session": fetch a fresh one and retry once.
      // Refused again, the worker app itself is wrong (secret, role, environment): answering 401
      // would tell the browser "signed out", so it gets a 502 and the server log gets the cause.
      if (upstream.status === 401 && rejected(upstream.status, text, upstream.headers)) {
        if (attempt === 0) continue;
        report(new Error('PingOne refused a freshly issued worker token (check the worker app and its roles)'));
        return answer(jsonError(502, 'WORKER_TOKEN_REJECTED', 'PingOne refused the proxy\'s access token'));
      }
      const status = upstream.status;
      const empty = status === 204 || status === 304 || text === '';
      return answer(new Response(empty ? null : redact(text, [bearer, sessionToken]), { status, headers: relayHeaders(upstream.headers) }));
    }
  };
}
