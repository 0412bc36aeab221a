import { RateLimitedError, SessionConfigError, SessionError, SessionServerError, SessionTimeoutError } from '../session/index.js';
import { DeadlineError } from './deadline.js';
import { jsonError } from './jsonError.js';

/** A failure that already is the proxy's answer (thrown through the upstream calls). */
export class ProxyAnswer extends Error {
  constructor(readonly response: Response) {
    super('proxy answer');
  }
}

/**
 * Turns a failure to obtain a bearer token or to reach PingOne into the proxy's answer:
 * 500 for configuration, 429 / 503 (with `Retry-After`) when PingOne asked to slow down, 504
 * when the deadline passed, 502 otherwise. The body says what failed, never why in detail.
 */
export function proxyFailure(error: unknown, stage: 'token' | 'upstream'): Response {
  if (error instanceof ProxyAnswer) return error.response;
  if (error instanceof SessionConfigError) return misconfigured();
  if (error instanceof RateLimitedError || (error instanceof SessionServerError && error.status === 503)) {
    const headers = new Headers();
    if (error.retryAfterMs !== undefined) headers.set('Retry-After', String(Math.ceil(error.retryAfterMs / 1000)));
    const status = error instanceof RateLimitedError ? 429 : 503;
    return jsonError(status, status === 429 ? 'REQUEST_LIMITED' : 'SERVICE_UNAVAILABLE', 'PingOne asked the proxy to slow down', {
      headers,
    });
  }
  if (error instanceof DeadlineError || error instanceof SessionTimeoutError) {
    return jsonError(504, 'UPSTREAM_TIMEOUT', 'PingOne did not answer the proxy in time');
  }
  if (stage === 'token') {
    const kind = error instanceof SessionError ? ` (${error.kind})` : '';
    return jsonError(502, 'WORKER_TOKEN_FAILED', `The proxy could not obtain a PingOne access token${kind}`);
  }
  return jsonError(502, 'UPSTREAM_UNREACHABLE', 'The proxy could not reach PingOne');
}

/** 500 for a proxy whose options are missing or wrong (the server log names the option). */
export function misconfigured(): Response {
  return jsonError(500, 'PROXY_MISCONFIGURED', 'The session proxy is not configured correctly; the server log says which option');
}
