import type { ServerTimeSample } from '../time/serverOffset.js';
import { checkTimeoutMs } from '../session/timeoutMs.js';
import { fetchFailure, resolveFetch } from '../session/transport.js';
import { SessionConfigError, SessionResponseError, type SessionHttpError } from '../session/errors.js';
import { httpErrorClass, httpErrorOptions, readErrorBody } from '../session/httpError.js';
import { parseHttpDate } from '../time/serverOffset.js';
import { startTimeLimit } from '../time/timeLimit.js';

/** Where the account-security calls go: the session proxy's route and how to reach it. */
export interface AccountRequestOptions {
  /**
   * The session proxy's route, e.g. `'/api/session'` (`createSessionProxy` with the matching
   * `operations`). The device routes hang under it: `{url}/sessions`, `{url}/sessions/{id}`.
   * These calls go through the proxy only: a browser never holds the tokens PingOne needs.
   */
  url?: string;
  /** The fetch to use (default the global one). */
  fetch?: typeof fetch;
  /** Gives up after this many ms with a `timeout` error (default 10 000). */
  timeoutMs?: number;
  /** Aborts the request. */
  signal?: AbortSignal;
}

/** What a proxy call answered, read whole. */
export interface AccountAnswer {
  status: number;
  json: unknown;
  /** The proxy's `Date` header as a clock sample, when it had a readable one. */
  serverTime: ServerTimeSample | undefined;
}

/**
 * The error for a non-2xx answer, as `fetchCurrentSession` makes them: 401/404 with a `code` is
 * {@link NoSessionError}, 403 forbidden, 429 rate limited, 5xx server, anything else
 * {@link SessionHttpError}. Messages are the proxy's own words (it never relays PingOne's text).
 */
function answerError(
  response: Response,
  json: unknown,
  { now, what }: { now: number; what: string },
): SessionHttpError | SessionConfigError {
  const { status } = response;
  // The proxy's own error body (it never relays PingOne's text), read by the fetcher's rule; the
  // browser holds no secret to redact.
  const body = readErrorBody(json, []);
  if ((status === 401 || status === 404 || status === 405) && body?.code === undefined) {
    return new SessionConfigError(
      `${what} answered HTTP ${status} without the proxy's error body: is the operation enabled on the proxy (operations, basePath)?`,
      { status },
    );
  }
  const message = `${what} answered HTTP ${status}${body?.message ? `: ${body.message}` : ''}`;
  const HttpError = httpErrorClass(status);
  return new HttpError(message, httpErrorOptions(response, body, now));
}

/** One account call: the method, the path under the proxy route, and what it is, for messages. */
export interface AccountCall {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** Under `AccountRequestOptions.url`: `''`, `'/sessions'`, `'/sessions/{id}'`. */
  path: string;
  /** What the call does, in words that start the error messages ("The session list"). */
  what: string;
}

/**
 * One call to the session proxy (`method` on `url` + `path`), same origin, with the browser's
 * cookies. Never sends a body: the proxy builds every write itself.
 * @throws SessionError (a subclass); never an untyped error.
 */
export async function accountRequest(options: AccountRequestOptions, call: AccountCall): Promise<AccountAnswer> {
  const { method, path, what } = call;
  if (typeof options.url !== 'string' || options.url === '')
    throw new SessionConfigError(`${what} needs url: the session proxy route (e.g. '/api/session')`);
  const timeoutMs = checkTimeoutMs(options.timeoutMs);
  const fetchImpl = resolveFetch(options.fetch);
  const target = `${options.url.replace(/\/+$/, '')}${path}`;
  const limit = startTimeLimit(timeoutMs, options.signal);
  try {
    const sentAtMs = Date.now();
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(target, {
        method,
        headers: { Accept: 'application/json' },
        credentials: 'include',
        cache: 'no-store',
        signal: limit.signal,
      });
      text = await response.text();
    } catch (error) {
      throw fetchFailure(error, { where: 'the session proxy', limit, timeoutMs, outer: options.signal });
    }
    const receivedAtMs = Date.now();
    const serverDateMs = parseHttpDate(response.headers.get('date'));
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      if (response.ok)
        throw new SessionResponseError(`${what} answered HTTP ${response.status} with a body that is not JSON`, {
          status: response.status,
        });
    }
    if (!response.ok)
      throw answerError(response, json, { now: Number.isFinite(serverDateMs) ? serverDateMs : receivedAtMs, what });
    return {
      status: response.status,
      json,
      serverTime: Number.isFinite(serverDateMs) ? { serverDateMs, sentAtMs, receivedAtMs } : undefined,
    };
  } finally {
    limit.dispose();
  }
}
