import { RateLimitedError, SessionHttpError } from '../session/index.js';
import { httpErrorOptions, retryLaterErrorClass } from '../session/httpError.js';

// OAuth 2.0 error codes (RFC 6749 §5.2) are a closed set: naming one helps, and it cannot carry
// an echoed secret. Anything else the endpoint said is left out on purpose.
const OAUTH_ERRORS = new Set([
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
]);

function oauthError(text: string): string | undefined {
  try {
    const error = (JSON.parse(text) as { error?: unknown }).error;
    return typeof error === 'string' && OAUTH_ERRORS.has(error) ? error : undefined;
  } catch {
    return undefined;
  }
}

/** What to check, by what the endpoint said: a wrong environment is not a wrong secret. */
function advice(status: number, code: string | undefined): string {
  if (status === 404) return 'check environmentId and region (or authPath): this environment has no token endpoint there';
  if (code === 'invalid_client' || status === 401) {
    return "check clientId, clientSecret and that the application's token endpoint authentication method matches tokenEndpointAuthMethod";
  }
  if (code === 'unauthorized_client' || code === 'unsupported_grant_type' || code === 'invalid_grant') {
    return 'check that the application is a worker application with the client credentials grant';
  }
  return 'check the worker application in PingOne';
}

/** Where the token request went, and when its answer arrived. */
export interface TokenRequestContext {
  /** The endpoint and auth method, named in the message (e.g. `https://…/as/token (client_secret_basic)`). */
  where: string;
  /** Epoch ms the answer arrived, the base of `Retry-After`. */
  now: number;
}

/**
 * The typed error for a non-2xx answer of the token endpoint: `RateLimitedError` (429, with
 * `Retry-After`), `SessionServerError` (5xx), the same classes as the session endpoint's
 * ({@link retryLaterErrorClass}); else `SessionHttpError` with advice that fits the status (a 401
 * or 404 here is a wrong worker app, never "no session"). The message names the endpoint and auth
 * method and at most an OAuth error code; no text of the body is copied.
 */
export function workerTokenHttpError(response: Response, text: string, { where, now }: TokenRequestContext): SessionHttpError {
  const status = response.status;
  const code = oauthError(text);
  const said = code ? ` ${code}` : '';
  const options = httpErrorOptions(response, code ? { code } : {}, now);
  const RetryLater = retryLaterErrorClass(status);
  if (RetryLater === RateLimitedError)
    return new RetryLater(`PingOne's token endpoint ${where} is rate limiting (HTTP 429)`, options);
  if (RetryLater) return new RetryLater(`PingOne's token endpoint ${where} failed (HTTP ${status})`, options);
  return new SessionHttpError(
    `PingOne's token endpoint ${where} refused the worker token request (HTTP ${status}${said}): ${advice(status, code)}`,
    options,
  );
}
