import { RateLimitedError, SessionHttpError, SessionServerError, parseRetryAfter, redact } from '../core/index.js';

/** Reads an OAuth (`error`, `error_description`) or PingOne (`code`, `message`) error body. */
function describe(text: string, secrets: string[]): { said: string; code: string | undefined } {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    const parts = [body.error, body.error_description, body.code, body.message].filter((p) => typeof p === 'string');
    const code = typeof body.error === 'string' ? body.error : typeof body.code === 'string' ? body.code : undefined;
    const said = parts.length > 0 ? `: ${redact(parts.join(' ').slice(0, 300), secrets)}` : '';
    return { said, code: code === undefined ? undefined : redact(code.slice(0, 100), secrets) };
  } catch {
    return { said: '', code: undefined };
  }
}

/**
 * The typed error for a non-2xx answer of the token endpoint: `RateLimitedError` (429, with
 * `Retry-After`), `SessionServerError` (5xx), else `SessionHttpError` (bad client id/secret,
 * wrong grant). Whatever the body says is redacted of `secrets` first.
 */
export function workerTokenHttpError(response: Response, text: string, secrets: string[], now: number): SessionHttpError {
  const status = response.status;
  const { said, code } = describe(text, secrets);
  const options = { status, body: { code }, retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), now) };
  if (status === 429) return new RateLimitedError(`Worker token rate limited (HTTP 429)${said}`, options);
  if (status >= 500) return new SessionServerError(`Worker token endpoint failed (HTTP ${status})${said}`, options);
  return new SessionHttpError(`Worker token request refused (HTTP ${status})${said}; check the client id, secret and grant type`, options);
}
