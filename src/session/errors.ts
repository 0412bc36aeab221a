/** What went wrong, as a closed set: switch on it, or use `instanceof` on the subclasses. */
export type SessionErrorKind =
  'no-session' | 'forbidden' | 'rate-limited' | 'server' | 'http' | 'network' | 'timeout' | 'invalid-response' | 'config';

/** One entry of PingOne's error `details`. */
export interface PingOneErrorDetail {
  code?: string;
  target?: string;
  message?: string;
  innerError?: unknown;
}

/** Fields of an HTTP error taken from PingOne's error body, when it had them. */
export interface PingOneErrorBody {
  code?: string;
  id?: string;
  message?: string;
  details?: PingOneErrorDetail[];
}

/** Options accepted by every {@link SessionError} constructor. */
export interface SessionErrorOptions {
  cause?: unknown;
}

/**
 * Base class of every error this library throws. Messages and properties never contain the
 * session token or the bearer token.
 */
// Fields here and in the subclasses are `declare`d and assigned in the constructors: plain field
// declarations would be emitted once per class as `kind;` initialisers that only add bytes.
export class SessionError extends Error {
  /** The closed set of failure kinds; subclasses fix it. */
  declare readonly kind: SessionErrorKind;
  constructor(kind: SessionErrorKind, message: string, options?: SessionErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SessionError';
    this.kind = kind;
  }
}

/** Options of an HTTP error: status plus whatever PingOne's body said. */
export interface SessionHttpErrorOptions extends SessionErrorOptions {
  status: number;
  body?: PingOneErrorBody;
}

/** A non-2xx answer from PingOne or the proxy: `kind` is `'http'` unless a subclass says more. */
export class SessionHttpError extends SessionError {
  /** HTTP status code. */
  declare readonly status: number;
  /** PingOne's error `code`, e.g. `ACCESS_FAILED`. */
  declare readonly code: string | undefined;
  /** PingOne's error `id` (quote it to Ping support). */
  declare readonly id: string | undefined;
  /** PingOne's error `details`. */
  declare readonly details: readonly PingOneErrorDetail[];
  constructor(message: string, options: SessionHttpErrorOptions, kind: SessionErrorKind = 'http') {
    super(kind, message, options);
    this.name = 'SessionHttpError';
    const { status, body } = options;
    this.status = status;
    this.code = body?.code;
    this.id = body?.id;
    this.details = body?.details ?? [];
  }
}

/**
 * 401 or 404 in PingOne's error shape (a JSON body with a `code`): there is no current session
 * (missing, expired or unknown session token). Other 401/404s are {@link SessionConfigError}s.
 */
export class NoSessionError extends SessionHttpError {
  constructor(message: string, options: SessionHttpErrorOptions) {
    super(message, options, 'no-session');
    this.name = 'NoSessionError';
  }
}

/** 403: the worker token lacks permission, or the licence is exceeded. */
export class SessionForbiddenError extends SessionHttpError {
  constructor(message: string, options: SessionHttpErrorOptions) {
    super(message, options, 'forbidden');
    this.name = 'SessionForbiddenError';
  }
}

/** 429: rate limited. `retryAfterMs` comes from `Retry-After` (seconds or an HTTP date). */
export class RateLimitedError extends SessionHttpError {
  /** How long to wait before retrying, or `undefined` when the server did not say. */
  declare readonly retryAfterMs: number | undefined;
  constructor(message: string, options: SessionHttpErrorOptions & { retryAfterMs?: number }) {
    super(message, options, 'rate-limited');
    this.name = 'RateLimitedError';
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** 5xx from PingOne or the proxy. `retryAfterMs` is set when a 503 carried `Retry-After`. */
export class SessionServerError extends SessionHttpError {
  /** How long the server asked us to wait, if it did. */
  declare readonly retryAfterMs: number | undefined;
  constructor(message: string, options: SessionHttpErrorOptions & { retryAfterMs?: number }) {
    super(message, options, 'server');
    this.name = 'SessionServerError';
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** The request never got an answer: fetch rejected (offline, DNS, CORS, connection reset). */
export class SessionNetworkError extends SessionError {
  constructor(message: string, options?: SessionErrorOptions) {
    super('network', message, options);
    this.name = 'SessionNetworkError';
  }
}

/** No answer within `timeoutMs`. */
export class SessionTimeoutError extends SessionError {
  /** The timeout that elapsed, in ms. */
  declare readonly timeoutMs: number;
  constructor(timeoutMs: number, options?: SessionErrorOptions) {
    super('timeout', `The session request timed out after ${timeoutMs} ms`, options);
    this.name = 'SessionTimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/** A path in the response that failed validation, and why. */
export interface SessionResponseIssue {
  path: string;
  message: string;
}

/** The response was not a valid session: not JSON, an HTML error page, or a schema failure. */
export class SessionResponseError extends SessionError {
  /** Validation issues (empty when the body was not JSON at all). */
  declare readonly issues: readonly SessionResponseIssue[];
  /** HTTP status of the response, when there was one. */
  declare readonly status: number | undefined;
  constructor(message: string, options?: SessionErrorOptions & { issues?: SessionResponseIssue[]; status?: number }) {
    super('invalid-response', message, options);
    this.name = 'SessionResponseError';
    this.issues = options?.issues ?? [];
    this.status = options?.status;
  }
}

/**
 * Bad options (a missing environment id, an `http:` URL to a non-loopback host...), or an answer
 * that shows the configuration is wrong rather than that the user is signed out: a 401/404 that
 * is not PingOne's error body (an HTML page, an empty body, an unknown route), or a 401 to a
 * direct PingOne call that carried no bearer token. The message names the URL path, never a token.
 */
export class SessionConfigError extends SessionError {
  /** HTTP status of the answer that revealed the misconfiguration, when there was one. */
  declare readonly status: number | undefined;
  constructor(message: string, options?: { status?: number }) {
    super('config', message);
    this.name = 'SessionConfigError';
    this.status = options?.status;
  }
}

/** True for a {@link SessionError}. */
export function isSessionError(value: unknown): value is SessionError {
  return value instanceof SessionError;
}
