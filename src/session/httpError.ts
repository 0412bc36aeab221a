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

/**
 * A 401 or 404 means "no session" only when it is PingOne's (or the proxy's) error body about the
 * session. Anything else is a wrong URL or missing credentials, and saying "signed out" would
 * send the developer looking in the wrong place.
 */
export function misconfiguration(
  status: number,
  body: PingOneErrorBody | undefined,
  path: string,
  bearerMissing: boolean,
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

/** The error class for a non-2xx status: 401/404 no session, 403 forbidden, 429 rate limited, 5xx server, else HTTP. */
export function httpErrorClass(status: number): typeof SessionHttpError {
  if (status === 401 || status === 404) return NoSessionError;
  if (status === 403) return SessionForbiddenError;
  if (status === 429) return RateLimitedError;
  if (status >= 500) return SessionServerError;
  return SessionHttpError;
}

/** The typed error for a non-2xx answer of the session endpoint ({@link httpErrorClass}), with PingOne's code and message. */
export function httpError(response: Response, body: PingOneErrorBody | undefined, now: number): SessionHttpError {
  const { status } = response;
  const HttpError = httpErrorClass(status);
  const said = [body?.code, body?.message].filter(Boolean).join(' ');
  // retryAfterMs is read by the 429 and 5xx classes only; the others ignore it.
  const options = { status, body, retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), now) };
  return new HttpError(`The session endpoint answered HTTP ${status}${said && `: ${said}`}`, options);
}
