/**
 * Builds a JSON error response in PingOne's error shape (`{ id, code, message, details? }`), so
 * the browser-side fetcher turns the proxy's own refusals into the same typed errors as
 * PingOne's. Never put a token or secret in `message`.
 */
export function jsonError(
  status: number,
  code: string,
  message: string,
  init: { details?: { code: string; message: string }[]; headers?: HeadersInit } = {},
): Response {
  const headers = new Headers(init.headers);
  headers.set('Content-Type', 'application/json');
  headers.set('Cache-Control', 'no-store');
  const body = { id: crypto.randomUUID(), code, message, ...(init.details ? { details: init.details } : {}) };
  return new Response(JSON.stringify(body), { status, headers });
}
