/**
 * True when a browser sent this request from another site or origin: the `Origin` header names
 * an origin other than the request's own (or one of `allowedOrigins`), or `Sec-Fetch-Site` says
 * `same-site` / `cross-site`. Requests without either header (curl, server-to-server) are not
 * cross-site: only browsers carry ambient cookies, and browsers send `Origin` on every
 * non-GET request.
 *
 * The request's own origin is compared by host (`host:port`), so a TLS-terminating reverse
 * proxy that forwards `http://` does not make same-origin requests look foreign.
 */
export function isCrossSiteRequest(request: Request, allowedOrigins: readonly string[] = []): boolean {
  const origin = request.headers.get('origin');
  const allowed = origin !== null && allowedOrigins.includes(origin);
  if (allowed) return false;
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') return true;
  if (origin === null) return false;
  if (origin === 'null') return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  return originHost !== new URL(request.url).host;
}
