import { parseHttpDate, type ServerTimeSample } from '../time/serverOffset.js';
import { startTimeLimit } from '../time/timeLimit.js';
import { resolveAccessToken } from './accessToken.js';
import { isCookieValue } from './credentialRules.js';
import type { PingOneRegion } from './endpoints.js';
import { SessionConfigError, SessionResponseError } from './errors.js';
import { httpError, misconfiguration, readErrorBody } from './httpError.js';
import { isBrowser } from './isBrowser.js';
import { parseSession } from './parseSession.js';
import { redact } from './redact.js';
import type { Session } from './schema.js';
import { resolveUrl } from './sessionUrl.js';
import { checkTimeoutMs } from './timeoutMs.js';
import { fetchFailure, resolveFetch } from './transport.js';
import { warnDroppedFields } from './warnDroppedFields.js';

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
    if (!isCookieValue(sessionToken)) {
      throw new SessionConfigError('sessionToken must be cookie characters: printable, without spaces, quotes, ";", "," or "\\"');
    }
  }
  const timeoutMs = checkTimeoutMs(options.timeoutMs);
  const fetchImpl = resolveFetch(options.fetch);

  const accessToken = await resolveAccessToken(options.accessToken);
  const secrets = [sessionToken, accessToken].filter((s): s is string => typeof s === 'string');
  const headers = new Headers({ Accept: 'application/json' });
  if (sessionToken !== undefined) headers.set('Cookie', `ST=${sessionToken}`);
  if (accessToken !== undefined) headers.set('Authorization', `Bearer ${accessToken}`);

  const limit = startTimeLimit(timeoutMs, outer);

  const failed = (error: unknown) => fetchFailure(error, { where: 'the session endpoint', limit, timeoutMs, outer });

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
        signal: limit.signal,
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
      throw (
        misconfiguration(status, body, { path: redact(url.pathname, secrets), bearerMissing }) ??
        httpError(response, body, retryAfterBaseMs)
      );
    }
    if (!isJson) {
      const what = /^\s*</.test(text) ? 'an HTML page, not JSON (is the URL right?)' : 'a body that is not JSON';
      throw new SessionResponseError(`The session endpoint answered HTTP ${status} with ${what}`, { status });
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
    limit.dispose();
  }
}
