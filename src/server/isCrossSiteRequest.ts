/** Options of {@link isCrossSiteRequest}. */
export interface CrossSiteOptions {
  /** Other origins trusted to call (exact `scheme://host[:port]`). */
  allowedOrigins?: readonly string[];
  /**
   * The app's own origin as browsers see it (`https://app.example.com`). When given, `Origin`
   * must equal it (or one of `allowedOrigins`); when not, `Origin`'s host is compared with the
   * `Host` header, not with the request URL (a request line can name any host); only a Request
   * built in-process without `Host` falls back to its URL.
   */
  publicOrigin?: string;
}

/** `Origin`'s value when it is a canonical serialized origin (no path, userinfo or trailing slash), lower-cased. */
function canonicalOrigin(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.origin === value.toLowerCase() ? url : undefined;
  } catch {
    return undefined;
  }
}

/** `Host` as a URL would write it for `protocol` (lower case, default port dropped); `undefined` if it is not a bare authority. */
function normalHost(host: string, protocol: string): string | undefined {
  try {
    const url = new URL(`${protocol}//${host}`);
    const bare = url.username === '' && url.password === '' && url.pathname === '/' && url.search === '' && url.hash === '';
    return bare ? url.host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when a browser sent this request from another site or origin: `Sec-Fetch-Site` says
 * `same-site` / `cross-site`, or `Origin` is `null`, malformed, or names an origin other than the
 * app's own (`publicOrigin`, else the `Host` header) and is not one of `allowedOrigins`.
 * Requests without either header (curl, server-to-server) are not cross-site here: the session
 * proxy refuses writes that carry a session cookie without them on its own.
 */
export function isCrossSiteRequest(request: Request, options: CrossSiteOptions = {}): boolean {
  const origin = request.headers.get('origin');
  if (origin !== null && (options.allowedOrigins ?? []).includes(origin)) return false;
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') return true;
  if (origin === null) return false;
  const from = canonicalOrigin(origin);
  if (from === undefined) return true;
  if (options.publicOrigin !== undefined) return from.origin !== new URL(options.publicOrigin).origin;
  // Without a configured origin the scheme is not compared: a TLS-terminating reverse proxy
  // forwards `http://` for an `https://` page.
  // A Request without `Host` (built in-process, not from the network) has only its URL to go by.
  const host = request.headers.get('host') ?? new URL(request.url).host;
  return from.host !== normalHost(host, from.protocol);
}
