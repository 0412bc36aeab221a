import { sessionsMeUrl, type PingOneRegion } from './endpoints';
import {
  NoSessionError,
  RateLimitedError,
  SessionConfigError,
  SessionError,
  SessionForbiddenError,
  SessionHttpError,
  SessionNetworkError,
  SessionResponseError,
  SessionServerError,
  SessionTimeoutError,
  type PingOneErrorBody,
} from './errors';
import { isBrowser, isLoopbackHost } from './isBrowser';
import { parseSession } from './parseSession';
import { redact } from './redact';
import { parseRetryAfter } from './retryAfter';
import type { Session } from './schema';

/** A reading of the server's clock: its `Date` header and when we sent and received. */
export interface ServerTimeSample {
  /** The response `Date` header, epoch ms (1 s resolution). */
  serverDateMs: number;
  /** Local `Date.now()` just before the request was sent. */
  sentAtMs: number;
  /** Local `Date.now()` when the response headers arrived. */
  receivedAtMs: number;
}

/** Options of {@link fetchCurrentSession}. Give `url`, or `environmentId` (+ `region`/`apiPath`). */
export interface FetchCurrentSessionOptions {
  /** PingOne environment id; builds the PingOne URL unless `url` is given. */
  environmentId?: string;
  /** PingOne region (default `NA`). */
  region?: PingOneRegion;
  /** Overrides the API base (`https://api.pingone.com/v1`), e.g. an emulator's. */
  apiPath?: string;
  /** Full URL to call instead of PingOne's, e.g. a same-origin proxy route (`/api/session`). */
  url?: string;
  /** The ST cookie value, sent as `Cookie: ST=...`. Servers only: refused in a browser. */
  sessionToken?: string;
  /** Bearer token (or a function returning one) sent as `Authorization: Bearer ...`. */
  accessToken?: string | (() => string | Promise<string>);
  /** Fetch credentials mode (default `'include'`, so a browser sends its cookies). */
  credentials?: RequestCredentials;
  /** The fetch to use (default the global one). */
  fetch?: typeof fetch;
  /** Aborts the request. */
  signal?: AbortSignal;
  /** Gives up after this many ms with a `timeout` error (default 10 000). */
  timeoutMs?: number;
  /** Called with the response's `Date` header when it is readable, to estimate clock offset. */
  onServerTime?: (sample: ServerTimeSample) => void;
}

/** Default request timeout, ms. */
export const DEFAULT_TIMEOUT_MS = 10_000;
const TOKEN_PATTERN = /^[\x21-\x7e]+$/;

function resolveUrl(options: FetchCurrentSessionOptions): URL {
  let raw: string;
  if (options.url !== undefined) {
    if (typeof options.url !== 'string' || options.url === '') throw new SessionConfigError('url must be a non-empty string');
    raw = options.url;
  } else if (options.environmentId !== undefined) {
    raw = sessionsMeUrl({ environmentId: options.environmentId, region: options.region, apiPath: options.apiPath });
  } else {
    throw new SessionConfigError('Give either url (e.g. a same-origin proxy route) or environmentId');
  }
  const base = typeof location !== 'undefined' && typeof location.href === 'string' ? location.href : undefined;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new SessionConfigError('url is not a valid URL (a relative url needs a browser page to resolve against)');
  }
  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(raw);
  if (url.protocol === 'http:' && !relative && !isLoopbackHost(url.hostname)) {
    throw new SessionConfigError(`Refusing plain http: to ${url.hostname}; use https: (http: is allowed only for loopback hosts)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SessionConfigError(`Unsupported URL protocol ${url.protocol}`);
  }
  if (url.username || url.password) throw new SessionConfigError('url must not contain credentials');
  return url;
}

async function resolveAccessToken(accessToken: FetchCurrentSessionOptions['accessToken']): Promise<string | undefined> {
  if (accessToken === undefined) return undefined;
  let token: unknown;
  try {
    token = typeof accessToken === 'function' ? await accessToken() : accessToken;
  } catch (error) {
    if (error instanceof SessionError) throw error;
    throw new SessionNetworkError('Could not obtain an access token for PingOne', { cause: error });
  }
  if (typeof token !== 'string' || !TOKEN_PATTERN.test(token)) {
    throw new SessionConfigError('accessToken must be a non-empty string of printable characters');
  }
  return token;
}

function readErrorBody(text: string, secrets: string[]): PingOneErrorBody | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const record = json as Record<string, unknown>;
  const str = (value: unknown) => (typeof value === 'string' ? redact(value.slice(0, 500), secrets) : undefined);
  const details = Array.isArray(record.details)
    ? record.details
        .filter((d): d is Record<string, unknown> => d !== null && typeof d === 'object')
        .slice(0, 20)
        .map((d) => ({ code: str(d.code), target: str(d.target), message: str(d.message) }))
    : undefined;
  return { code: str(record.code), id: str(record.id), message: str(record.message), details };
}

function httpError(response: Response, body: PingOneErrorBody | undefined, now: number): SessionHttpError {
  const status = response.status;
  const said = body?.message ? `: ${body.code ? `${body.code} ` : ''}${body.message}` : body?.code ? `: ${body.code}` : '';
  const options = { status, body };
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now);
  if (status === 401 || status === 404) return new NoSessionError(`No current session (HTTP ${status})${said}`, options);
  if (status === 403) return new SessionForbiddenError(`Not allowed to read the session (HTTP 403)${said}`, options);
  if (status === 429) return new RateLimitedError(`Rate limited by PingOne (HTTP 429)${said}`, { ...options, retryAfterMs });
  if (status >= 500) return new SessionServerError(`PingOne or the proxy failed (HTTP ${status})${said}`, { ...options, retryAfterMs });
  return new SessionHttpError(`Unexpected HTTP ${status} from the session endpoint${said}`, options);
}

/**
 * Reads the current PingOne session. In a browser, call a same-origin route with
 * `credentials: 'include'` (the default); on a server, pass `sessionToken` and `accessToken`.
 * Never puts a token in the URL.
 * @returns the validated {@link Session}
 * @throws SessionError (one of its subclasses); never an untyped error.
 */
export async function fetchCurrentSession(options: FetchCurrentSessionOptions): Promise<Session> {
  const url = resolveUrl(options);
  const { sessionToken } = options;
  if (sessionToken !== undefined) {
    if (isBrowser()) {
      throw new SessionConfigError('sessionToken is for servers only; in a browser, call a same-origin proxy route instead');
    }
    if (typeof sessionToken !== 'string' || !TOKEN_PATTERN.test(sessionToken) || /[;,]/.test(sessionToken)) {
      throw new SessionConfigError('sessionToken must be a cookie value of printable characters without ";" or ","');
    }
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(timeoutMs > 0) || !Number.isFinite(timeoutMs)) throw new SessionConfigError('timeoutMs must be a positive number');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new SessionConfigError('No fetch available; pass options.fetch');

  const accessToken = await resolveAccessToken(options.accessToken);
  const secrets = [sessionToken, accessToken].filter((s): s is string => typeof s === 'string');
  const headers = new Headers({ Accept: 'application/json' });
  if (sessionToken !== undefined) headers.set('Cookie', `ST=${sessionToken}`);
  if (accessToken !== undefined) headers.set('Authorization', `Bearer ${accessToken}`);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  const outer = options.signal;
  if (outer?.aborted) controller.abort();
  else outer?.addEventListener('abort', onAbort, { once: true });

  const failed = (error: unknown): SessionError => {
    if (error instanceof SessionError) return error;
    if (timedOut) return new SessionTimeoutError(timeoutMs);
    if (outer?.aborted) return new SessionNetworkError('The session request was aborted', { cause: outer.reason });
    const reason = error instanceof Error ? redact(error.message, secrets) : 'unknown failure';
    return new SessionNetworkError(`Could not reach the session endpoint (${reason})`);
  };

  try {
    const sentAtMs = Date.now();
    let response: Response;
    try {
      response = await fetchImpl(url.href, {
        method: 'GET',
        headers,
        credentials: options.credentials ?? 'include',
        cache: 'no-store',
        // With tokens attached, never follow a redirect somewhere else.
        redirect: secrets.length > 0 ? 'error' : 'follow',
        signal: controller.signal,
      });
    } catch (error) {
      throw failed(error);
    }
    const receivedAtMs = Date.now();
    const date = response.headers.get('date');
    const serverDateMs = date ? Date.parse(date) : Number.NaN;
    if (Number.isFinite(serverDateMs)) {
      try {
        options.onServerTime?.({ serverDateMs, sentAtMs, receivedAtMs });
      } catch {
        // A listener's bug must not turn a good response into a failure.
      }
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw failed(error);
    }
    if (!response.ok) throw httpError(response, readErrorBody(text, secrets), receivedAtMs);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      const looksHtml = /^\s*</.test(text);
      throw new SessionResponseError(
        looksHtml
          ? `The session endpoint answered HTTP ${response.status} with an HTML page, not JSON (is the URL right?)`
          : `The session endpoint answered HTTP ${response.status} with a body that is not JSON`,
        { status: response.status },
      );
    }
    try {
      return parseSession(json);
    } catch (error) {
      if (error instanceof SessionResponseError) {
        throw new SessionResponseError(redact(error.message, secrets), { issues: [...error.issues], status: response.status });
      }
      throw failed(error);
    }
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
}
