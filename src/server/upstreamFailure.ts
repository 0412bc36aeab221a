import { RateLimitedError, SessionError, SessionServerError, SessionTimeoutError } from '../core/index.js';
import { jsonError } from './jsonError.js';

/**
 * Turns a failure to obtain a bearer token or to reach PingOne into the proxy's answer:
 * 429 (with `Retry-After`) when the token endpoint rate-limited us, 504 on a timeout, 502
 * otherwise. The body says what failed, never why in detail: the error goes to `onError`.
 */
export function upstreamFailure(error: unknown, stage: 'token' | 'upstream'): Response {
  if (error instanceof RateLimitedError || (error instanceof SessionServerError && error.status === 503)) {
    const headers = new Headers();
    if (error.retryAfterMs !== undefined) headers.set('Retry-After', String(Math.ceil(error.retryAfterMs / 1000)));
    const status = error instanceof RateLimitedError ? 429 : 503;
    return jsonError(status, status === 429 ? 'REQUEST_LIMITED' : 'SERVICE_UNAVAILABLE', 'PingOne asked the proxy to slow down', { headers });
  }
  const timedOut = error instanceof SessionTimeoutError || (error instanceof Error && error.name === 'TimeoutError');
  if (timedOut) return jsonError(504, 'UPSTREAM_TIMEOUT', 'PingOne did not answer the proxy in time');
  if (stage === 'token') {
    const kind = error instanceof SessionError ? ` (${error.kind})` : '';
    return jsonError(502, 'WORKER_TOKEN_FAILED', `The proxy could not obtain a PingOne access token${kind}`);
  }
  return jsonError(502, 'UPSTREAM_UNREACHABLE', 'The proxy could not reach PingOne');
}
