import {
  NoSessionError,
  RateLimitedError,
  SessionConfigError,
  SessionForbiddenError,
  SessionHttpError,
  SessionServerError,
  type PingOneErrorBody,
} from './errors.js';
import { isRecord } from './isRecord.js';
import { createRedactor } from './redact.js';
import { parseRetryAfter } from './retryAfter.js';

/** PingOne's error body (`code`, `id`, `message`, `details`), each string cut to 500 characters and redacted. */
export function readErrorBody(json: unknown, secrets: string[]): PingOneErrorBody | undefined {
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

/** What {@link misconfiguration} needs besides the status and body. */
export interface MisconfigurationContext {
  /** The request path, already redacted, named in the message. */
  path: string;
  /** PingOne was called directly (no `url`) without a bearer token. */
  bearerMissing: boolean;
}

/**
 * A 401 or 404 means "no session" only when it is PingOne's (or the proxy's) error body about the
 * session. Anything else is a wrong URL or missing credentials, and saying "signed out" would
 * send the developer looking in the wrong place.
 */
export function misconfiguration(
  status: number,
  body: PingOneErrorBody | undefined,
  { path, bearerMissing }: MisconfigurationContext,
): SessionConfigError | undefined {
  if (status !== 401 && status !== 404) return undefined;
  const where = `GET ${path} answered HTTP ${status}`;
  if (status === 401 && bearerMissing) {
    return new SessionConfigError(`${where}: PingOne needs a bearer token; pass accessToken (a worker application's token)`, {
      status,
    });
  }
  if (body?.code !== undefined) return undefined;
  return new SessionConfigError(
    `${where} without PingOne's error body: check the configuration (url or proxy route, apiPath, region, environmentId)`,
    { status },
  );
}

/**
 * The statuses that mean "try again later" at every PingOne endpoint and at the proxy:
 * 429 is {@link RateLimitedError}, 5xx {@link SessionServerError}; `undefined` for the rest.
 */
export function retryLaterErrorClass(status: number): typeof RateLimitedError | typeof SessionServerError | undefined {
  if (status === 429) return RateLimitedError;
  if (status >= 500) return SessionServerError;
  return undefined;
}

/** The error class for a non-2xx status: 401/404 no session, 403 forbidden, 429 rate limited, 5xx server, else HTTP. */
export function httpErrorClass(status: number): typeof SessionHttpError {
  if (status === 401 || status === 404) return NoSessionError;
  if (status === 403) return SessionForbiddenError;
  return retryLaterErrorClass(status) ?? SessionHttpError;
}

/** What every {@link SessionHttpError} made from an HTTP answer carries. */
export interface HttpErrorOptions {
  status: number;
  body: PingOneErrorBody | undefined;
  /** The answer's `Retry-After`, in ms after `now` (read by the 429 and 5xx classes only). */
  retryAfterMs: number | undefined;
}

/**
 * The status, the body and the `Retry-After` delay (measured from `now`: the server's own clock
 * when it sent a `Date`, RFC 9110) for the error of a non-2xx answer.
 */
export function httpErrorOptions(
  answer: { status: number; headers: Headers },
  body: PingOneErrorBody | undefined,
  now: number,
): HttpErrorOptions {
  return { status: answer.status, body, retryAfterMs: parseRetryAfter(answer.headers.get('retry-after'), now) };
}

/** The typed error for a non-2xx answer of the session endpoint ({@link httpErrorClass}), with PingOne's code and message. */
export function httpError(response: Response, body: PingOneErrorBody | undefined, now: number): SessionHttpError {
  const { status } = response;
  const HttpError = httpErrorClass(status);
  const said = [body?.code, body?.message].filter(Boolean).join(' ');
  return new HttpError(
    `The session endpoint answered HTTP ${status}${said && `: ${said}`}`,
    httpErrorOptions(response, body, now),
  );
}
