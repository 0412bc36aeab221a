import { RateLimitedError, SessionHttpError, SessionServerError, parseRetryAfter } from '../session/index.js';

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

/**
 * The typed error for a non-2xx answer of the token endpoint: `RateLimitedError` (429, with
 * `Retry-After`), `SessionServerError` (5xx), else `SessionHttpError` with advice that fits the
 * status. The message names the endpoint and auth method (`where`) and at most an OAuth error
 * code; no text of the body is copied.
 */
export function workerTokenHttpError(response: Response, text: string, where: string, now: number): SessionHttpError {
  const status = response.status;
  const code = oauthError(text);
  const said = code ? ` ${code}` : '';
  const options = { status, body: code ? { code } : {}, retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), now) };
  if (status === 429) return new RateLimitedError(`PingOne's token endpoint ${where} is rate limiting (HTTP 429)`, options);
  if (status >= 500) return new SessionServerError(`PingOne's token endpoint ${where} failed (HTTP ${status})`, options);
  return new SessionHttpError(
    `PingOne's token endpoint ${where} refused the worker token request (HTTP ${status}${said}): ${advice(status, code)}`,
    options,
  );
}
