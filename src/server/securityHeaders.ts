/**
 * Headers on every answer of the proxy (and of `toNodeHandler` itself): session data is per user
 * and changes with time, so no shared or private cache may keep it, and nothing the proxy sends
 * may be sniffed into HTML.
 */
export function setSecurityHeaders(headers: Headers): Headers {
  headers.set('Cache-Control', 'private, no-store');
  headers.set('X-Content-Type-Options', 'nosniff');
  return headers;
}
