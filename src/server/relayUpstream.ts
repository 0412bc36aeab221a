import { isRecord } from '../session/isRecord.js';
import { jsonError } from './jsonError.js';
import { setSecurityHeaders } from './securityHeaders.js';

// PingOne's documented error codes: relayed by name (they are not free text), anything else is
// replaced by the code for the status.
const PINGONE_CODES = new Set([
  'ACCESS_FAILED',
  'INVALID_DATA',
  'INVALID_REQUEST',
  'INVALID_VALUE',
  'NOT_FOUND',
  'REQUEST_FAILED',
  'REQUEST_LIMITED',
  'SERVICE_UNAVAILABLE',
  'UNEXPECTED_ERROR',
  'UNIQUENESS_VIOLATION',
]);
const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function defaultCode(status: number): string {
  if (status === 401 || status === 403) return 'ACCESS_FAILED';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'REQUEST_LIMITED';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  if (status >= 500) return 'UNEXPECTED_ERROR';
  return 'REQUEST_FAILED';
}

function messageFor(status: number): string {
  if (status === 401 || status === 404) return 'There is no current session';
  if (status === 403) return "PingOne refused the proxy access to this session (check the worker application's roles)";
  if (status === 429) return 'PingOne is limiting requests; retry later';
  if (status >= 500) return `PingOne failed (HTTP ${status})`;
  return `PingOne refused the request (HTTP ${status})`;
}

/**
 * The upstream headers that may reach the browser, by allowlist: `Date` (clock offset),
 * `Retry-After` and a correlation id, each only when well formed and not echoing a secret.
 * Everything else (cookies, caching directives for CDNs, `Location`, `Refresh`, `Link`, CSP,
 * `Clear-Site-Data`, `Server-Timing`, unknown `x-*`) is dropped.
 */
export function relayHeaders(upstream: Headers, leaks: (text: string) => boolean): Headers {
  const out = setSecurityHeaders(new Headers());
  const date = upstream.get('date');
  if (date !== null && Number.isFinite(Date.parse(date)) && !leaks(date)) out.set('Date', date);
  const retryAfter = upstream.get('retry-after')?.trim();
  if (
    retryAfter &&
    (/^\d{1,9}$/.test(retryAfter) ||
      (/[a-z]{3}/i.test(retryAfter) && Number.isFinite(Date.parse(retryAfter)) && !leaks(retryAfter)))
  ) {
    out.set('Retry-After', retryAfter);
  }
  const correlation = upstream.get('correlation-id');
  if (correlation !== null && CORRELATION_ID.test(correlation) && !leaks(correlation)) out.set('Correlation-Id', correlation);
  return out;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The proxy's answer for PingOne's: a 2xx JSON object is relayed as is (unless it echoes a
 * credential in any encoding), a 204 stays empty, and every error becomes the proxy's own JSON
 * with PingOne's status and documented code, never PingOne's words. A body that is not JSON
 * (an HTML error page, an empty 200) is never relayed.
 */
export function relayUpstream(
  status: number,
  upstreamHeaders: Headers,
  text: string,
  leaks: (text: string) => boolean,
): Response {
  const headers = relayHeaders(upstreamHeaders, leaks);
  if (status >= 200 && status < 300) {
    if (status === 204 || status === 205) return new Response(null, { status: 204, headers });
    const body = parseObject(text);
    if (body === undefined)
      return jsonError(502, 'UPSTREAM_INVALID_RESPONSE', `PingOne answered HTTP ${status} with a body that is not a JSON object`);
    // Re-serialised: what the browser will parse, with any escapes decoded, is what is checked.
    const json = JSON.stringify(body);
    if (leaks(json) || leaks(text))
      return jsonError(502, 'UPSTREAM_ECHOED_CREDENTIALS', "PingOne's answer echoed a credential; it was not relayed");
    headers.set('Content-Type', 'application/json');
    return new Response(json, { status, headers });
  }
  const body = parseObject(text);
  if (body === undefined && !RETRYABLE.has(status)) {
    // Not PingOne's answer about the session (an HTML page, an unknown route): say so, so the
    // browser shows a configuration problem rather than "signed out".
    return jsonError(
      502,
      'UPSTREAM_INVALID_RESPONSE',
      `PingOne answered HTTP ${status} with a body that is not JSON (check apiPath or region)`,
    );
  }
  const code = typeof body?.code === 'string' && PINGONE_CODES.has(body.code) ? body.code : defaultCode(status);
  return jsonError(status, code, messageFor(status), { headers });
}
