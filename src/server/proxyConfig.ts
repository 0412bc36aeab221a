import { resolveFetch } from '../session/transport.js';
import { checkTimeoutMs, sessionsMeUrl, type PingOneRegion } from '../session/index.js';
import { ENVIRONMENT_ID, ENVIRONMENT_ID_RULE } from '../session/credentialRules.js';
import { checkStringOption, checkWith, fail } from './checkOption.js';
import type { AccessTokenGetter } from './createWorkerTokenSource.js';
import { readCookie } from './readCookie.js';

/** Writes the proxy may make for the browser; each is off unless enabled. */
export interface SessionProxyOperations {
  /**
   * `PUT` ("stay signed in"): the proxy reads the current session and sends PingOne's Update
   * Session with `activeAt` = now and the session's own `id`, `lastSignOn`, `userAgent` and
   * `idleTimeoutInMinutes`. Nothing comes from the browser: its body must be empty or `{}`.
   */
  extend?: boolean;
  /** `POST` (sign off): PingOne's logout, which resets the session's authentication. Body empty or `{}`. */
  signOff?: boolean;
  /**
   * `GET {basePath}/sessions` ("my devices"): the signed-in user's sessions, expired ones
   * included (PingOne keeps at most 10). The user is the one PingOne names for the caller's own
   * session token (`sessions/me`): nothing the browser sends chooses whose sessions are listed.
   * Answered as `{ currentSessionId, sessions }`; cross-site reads are always refused.
   */
  listSessions?: boolean;
  /**
   * `DELETE {basePath}/sessions/{id}` (sign out one of my other devices) and `DELETE
   * {basePath}/sessions` (sign out all my other devices). The proxy checks that each session is
   * one of the caller's own (from PingOne's list for the caller's user) and not the current one
   * (answered 409 `CURRENT_SESSION`: sign off instead).
   */
  revokeSessions?: boolean;
}

/** Options of {@link createSessionProxy}. Checked on the first request, not at creation. */
export interface SessionProxyOptions {
  /** PingOne environment id. */
  environmentId: string | undefined;
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
  /** Writes to enable (default none: the proxy answers `GET` only). */
  operations?: SessionProxyOperations;
  /**
   * The path the proxy is mounted at, as the browser requests it (default `'/api/session'`).
   * Used only with `listSessions` or `revokeSessions`: the proxy then answers exactly
   * `{basePath}` (the current session), `{basePath}/sessions` and `{basePath}/sessions/{id}`,
   * and 404 for any other path. Without them, every path is the current session (as before).
   */
  basePath?: string;
  /**
   * The app's origin as browsers see it (`https://app.example.com`). Browser requests must come
   * from it (or `allowedOrigins`). Without it, `Origin` is compared with the `Host` header.
   */
  publicOrigin?: string;
  /** Other origins allowed to call the proxy with cookies (CORS + CSRF check). Default none. */
  allowedOrigins?: readonly string[];
  /**
   * Relay `GET`s that a browser marks as coming from another site (default false: refused with
   * 403 like writes). Refusing them stops other sites from probing whether the visitor is signed
   * in, and from keeping an idle session alive should PingOne count a read as activity.
   */
  allowCrossSiteGet?: boolean;
  /** The whole answer time, token and PingOne together, in ms (default 10 000); past it: 504. */
  timeoutMs?: number;
  /** Told about configuration, token and network failures (token-free), for your logs. Default: configuration errors go to `console.error`. */
  onError?: (error: unknown) => void;
}

/** The checked configuration. */
export interface ProxyConfig {
  url: string;
  /** `{apiPath}/environments/{envId}` (for the user-session endpoints). */
  environmentUrl: string;
  /** Set when user-session routes are enabled: the mount path they hang under. */
  basePath: string | undefined;
  listSessions: boolean;
  revokeSessions: boolean;
  /** For messages: where PingOne is, without path or query. */
  upstreamHost: string;
  fetchImpl: typeof fetch;
  timeoutMs: number;
  allowedOrigins: readonly string[];
  publicOrigin: string | undefined;
  methods: readonly string[];
  getSessionToken: (request: Request) => string | undefined | Promise<string | undefined>;
}

const OWNER = 'createSessionProxy';

function checkOrigin(option: string, value: unknown): string {
  const problem = `${option} must be origins like "https://app.example.com" (scheme and host, no path)`;
  if (typeof value !== 'string') return fail(OWNER, problem);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(OWNER, problem);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== value.replace(/\/$/, '').toLowerCase())
    fail(OWNER, problem);
  return url.origin;
}

/** Checks the options (on the first request) and derives what each request needs. */
export function resolveProxyConfig(options: SessionProxyOptions): ProxyConfig {
  const environmentId = checkStringOption(options.environmentId, {
    owner: OWNER,
    option: 'environmentId',
    valid: ENVIRONMENT_ID,
    expected: ENVIRONMENT_ID_RULE,
  });
  if (typeof options.getAccessToken !== 'function') fail(OWNER, 'getAccessToken is not set (e.g. createWorkerTokenSource(...))');
  const url = sessionsMeUrl({ environmentId, region: options.region, apiPath: options.apiPath });
  const timeoutMs = checkWith(OWNER, () => checkTimeoutMs(options.timeoutMs));
  const fetchImpl = checkWith(OWNER, () => resolveFetch(options.fetch));
  const allowed = options.allowedOrigins ?? [];
  if (!Array.isArray(allowed)) fail(OWNER, 'allowedOrigins must be an array of origins');
  const allowedOrigins = allowed.map((origin) => checkOrigin('allowedOrigins', origin));
  const publicOrigin = options.publicOrigin === undefined ? undefined : checkOrigin('publicOrigin', options.publicOrigin);
  const listSessions = options.operations?.listSessions === true;
  const revokeSessions = options.operations?.revokeSessions === true;
  let basePath: string | undefined;
  if (listSessions || revokeSessions) {
    basePath = options.basePath ?? '/api/session';
    if (typeof basePath !== 'string' || !/^(\/[A-Za-z0-9._~-]+)+$/.test(basePath) || /\/\.\.?(\/|$)/.test(basePath)) {
      fail(OWNER, 'basePath must be a plain path like "/api/session" (no trailing slash, no dot segments)');
    }
  }
  const methods = ['GET'];
  if (options.operations?.extend === true) methods.push('PUT');
  if (options.operations?.signOff === true) methods.push('POST');
  return {
    url,
    environmentUrl: url.slice(0, -'/sessions/me'.length),
    basePath,
    listSessions,
    revokeSessions,
    upstreamHost: new URL(url).host,
    fetchImpl,
    timeoutMs,
    allowedOrigins,
    publicOrigin,
    methods,
    getSessionToken: options.getSessionToken ?? ((request: Request) => readCookie(request.headers.get('cookie'), 'ST')),
  };
}
