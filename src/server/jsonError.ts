import { setSecurityHeaders } from './securityHeaders.js';

/**
 * Builds one of the proxy's own JSON errors in PingOne's error shape (`{ id, code, message,
 * details? }`), so the browser-side fetcher turns them into the same typed errors as PingOne's.
 * `code` and `message` are always the proxy's own words: never upstream text, never a secret.
 */
export function jsonError(
  status: number,
  code: string,
  message: string,
  init: { details?: { code: string; message: string }[]; headers?: HeadersInit } = {},
): Response {
  const headers = setSecurityHeaders(new Headers(init.headers));
  headers.set('Content-Type', 'application/json');
  const body = { id: crypto.randomUUID(), code, message, ...(init.details ? { details: init.details } : {}) };
  return new Response(JSON.stringify(body), { status, headers });
}
