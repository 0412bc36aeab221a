import { MAX_TIMER_DELAY_MS } from './clampDelay.js';
import { sessionsMeUrl, type PingOneLocation, type PingOneRegion } from './endpoints.js';
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
} from './errors.js';
import { isRecord } from './isRecord.js';
import { isBrowser, isLoopbackHost } from './isBrowser.js';
import { parseSession } from './parseSession.js';
import { createRedactor, redact } from './redact.js';
import { warnDroppedFields } from './warnDroppedFields.js';
import { parseRetryAfter } from './retryAfter.js';
import { parseHttpDate } from './serverOffset.js';
import type { Session } from './schema.js';

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
  /** Gives up after this many ms with a `timeout` error (default 10 000, at most 2^31-1). */
  timeoutMs?: number;
  /** Called with the response's `Date` header when it is readable, to estimate clock offset. */
  onServerTime?: (sample: ServerTimeSample) => void;
}

/** Default request timeout, ms. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Validates a `timeoutMs` option (default {@link DEFAULT_TIMEOUT_MS}): a number in
 * `(0, MAX_TIMER_DELAY_MS]`. Longer delays are refused, not clamped: timers (and
 * `AbortSignal.timeout`) fire a too-long delay at once, so `3e9` would time out in ~1 ms, and
 * anything past 24.8 days is a unit mistake rather than a wish. Shared by the server helpers.
 * @throws SessionConfigError naming the option, never its value
 */
export function checkTimeoutMs(timeoutMs: number = DEFAULT_TIMEOUT_MS): number {
  // Negated so that NaN, null and non-numeric strings fail too: comparisons with them are false.
  if (!(timeoutMs > 0 && timeoutMs <= MAX_TIMER_DELAY_MS)) throw new SessionConfigError(`timeoutMs must be a positive number up to ${MAX_TIMER_DELAY_MS}`);
  return timeoutMs;
}

const TOKEN_PATTERN = /^[\x21-\x7e]+$/;

// Error messages share their wording so they stay short in every app's bundle (gzip folds repeats).
const printable = (name: string) => `${name} must be printable characters`;
const answered = (status: number) => `The session endpoint answered HTTP ${status}`;

function resolveUrl(options: FetchCurrentSessionOptions): URL {
  const given = options.url;
  if (given === undefined && options.environmentId === undefined) {
    throw new SessionConfigError('Give url (e.g. a same-origin proxy route) or environmentId');
  }
  if (given !== undefined && (typeof given !== 'string' || given === '')) throw new SessionConfigError('url must be a non-empty string');
  // environmentId is present here; sessionsMeUrl validates it and reads only the location fields.
  const raw = given ?? sessionsMeUrl(options as PingOneLocation);
  let url: URL;
  try {
    // `globalThis.location` is undefined outside a page, and then only absolute URLs resolve.
    url = new URL(raw, globalThis.location?.href);
  } catch {
    throw new SessionConfigError('url is not a valid URL (a relative one needs a page to resolve against)');
  }
  const { protocol, hostname } = url;
  // http: is fine for loopback hosts, and for a relative URL (same origin as the page itself).
  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(raw);
  if (protocol !== 'https:' && !(protocol === 'http:' && (relative || isLoopbackHost(hostname)))) {
    throw new SessionConfigError(`Refusing ${protocol} URL to "${hostname}": use https: (http: only for loopback hosts)`);
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
    // No `cause`: the getter's error may quote tokens we do not know and so cannot redact.
    throw error instanceof SessionError ? error : new SessionNetworkError('Could not obtain an access token');
  }
  if (typeof token !== 'string' || !TOKEN_PATTERN.test(token)) throw new SessionConfigError(printable('accessToken'));
  return token;
}

function readErrorBody(json: unknown, secrets: string[]): PingOneErrorBody | undefined {
  if (!isRecord(json)) return undefined;
  const safe = createRedactor(secrets);
  const str = (value: unknown) => (typeof value === 'string' ? safe(value.slice(0, 500)) : undefined);
  const details = Array.isArray(json.details)
    ? json.details
        .filter(isRecord)
        .slice(0, 20)
        .map((d) => ({ code: str(d.code), target: str(d.target), message: str(d.message) }))
    : undefined;
  return { code: str(json.code), id: str(json.id), message: str(json.message), details };
}

/**
 * A 401 or 404 means "no session" only when it is PingOne's (or the proxy's) error body about the
 * session. Anything else is a wrong URL or missing credentials, and saying "signed out" would
 * send the developer looking in the wrong place.
 */
function misconfiguration(status: number, body: PingOneErrorBody | undefined, path: string, bearerMissing: boolean): SessionConfigError | undefined {
  if (status !== 401 && status !== 404) return undefined;
  const where = `GET ${path} answered HTTP ${status}`;
  if (status === 401 && bearerMissing) {
    return new SessionConfigError(`${where}: PingOne needs a bearer token; pass accessToken (a worker application's token)`, { status });
  }
  if (body?.code !== undefined) return undefined;
  return new SessionConfigError(
    `${where} without PingOne's error body: check the configuration (url or proxy route, apiPath, region, environmentId)`,
    { status },
  );
}

function httpError(response: Response, body: PingOneErrorBody | undefined, now: number): SessionHttpError {
  const { status } = response;
  const HttpError =
    status === 401 || status === 404
      ? NoSessionError
      : status === 403
        ? SessionForbiddenError
        : status === 429
          ? RateLimitedError
          : status >= 500
            ? SessionServerError
            : SessionHttpError;
  const said = [body?.code, body?.message].filter(Boolean).join(' ');
  // retryAfterMs is read by the 429 and 5xx classes only; the others ignore it.
  const options = { status, body, retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), now) };
  return new HttpError(`${answered(status)}${said && `: ${said}`}`, options);
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
  const { sessionToken, signal: outer } = options;
  if (sessionToken !== undefined) {
    if (isBrowser()) throw new SessionConfigError('sessionToken is for servers only; a browser calls a same-origin proxy route');
    if (typeof sessionToken !== 'string' || !TOKEN_PATTERN.test(sessionToken) || /[;,]/.test(sessionToken)) {
      throw new SessionConfigError(`${printable('sessionToken')} without ";" or ","`);
    }
  }
  const timeoutMs = checkTimeoutMs(options.timeoutMs);
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
    // Only a real HTTP date: `Date.parse` alone reads "0" or "foo 1" as years 2000/2001.
    const serverDateMs = parseHttpDate(response.headers.get('date'));
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
    const { status } = response;
    let json: unknown;
    let isJson = true;
    try {
      json = JSON.parse(text);
    } catch {
      isJson = false;
    }
    if (!response.ok) {
      const body = readErrorBody(json, secrets);
      const bearerMissing = options.url === undefined && accessToken === undefined;
      // An HTTP-date Retry-After is measured against the server's own clock (RFC 9110), when it sent one.
      const retryAfterBaseMs = Number.isFinite(serverDateMs) ? serverDateMs : receivedAtMs;
      throw misconfiguration(status, body, redact(url.pathname, secrets), bearerMissing) ?? httpError(response, body, retryAfterBaseMs);
    }
    if (!isJson) {
      const what = /^\s*</.test(text) ? 'an HTML page, not JSON (is the URL right?)' : 'a body that is not JSON';
      throw new SessionResponseError(`${answered(status)} with ${what}`, { status });
    }
    try {
      const { session, dropped } = parseSession(json);
      warnDroppedFields(dropped);
      return session;
    } catch (error) {
      if (error instanceof SessionResponseError) {
        throw new SessionResponseError(redact(error.message, secrets), { issues: [...error.issues], status });
      }
      throw failed(error);
    }
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
}
