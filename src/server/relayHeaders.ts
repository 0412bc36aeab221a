// Hop-by-hop headers (RFC 9110 §7.6.1) describe one connection, not the message; cookies and
// CORS headers from PingOne are for PingOne's origin, never the app's; length and encoding no
// longer hold once fetch has decoded the body we re-send.
const DROPPED = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'set-cookie',
  'set-cookie2',
  'content-length',
  'content-encoding',
  'www-authenticate',
  'strict-transport-security',
  'alt-svc',
]);

/**
 * Copies an upstream response's headers for the browser: drops hop-by-hop headers (including
 * any named in `Connection`), `Set-Cookie`, CORS and transport headers, keeps `Date`,
 * `Content-Type`, `Retry-After` and correlation ids, and sets `Cache-Control: no-store`.
 */
export function relayHeaders(upstream: Headers): Headers {
  const named = new Set(
    (upstream.get('connection') ?? '')
      .split(',')
      .map((token) => token.trim().toLowerCase())
      .filter(Boolean),
  );
  const out = new Headers();
  upstream.forEach((value, key) => {
    const name = key.toLowerCase();
    if (DROPPED.has(name) || named.has(name) || name.startsWith('access-control-')) return;
    out.append(name, value);
  });
  // Session data is per user and changes with time: no shared or private cache may keep it.
  out.set('Cache-Control', 'no-store');
  return out;
}
