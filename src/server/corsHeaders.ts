/** Options of {@link corsHeaders}. */
export interface CorsOptions {
  /** Origins of apps on other origins that may call the proxy with `credentials: 'include'`. */
  allowedOrigins: readonly string[];
  /** The methods the proxy has enabled (named in a preflight answer). */
  methods: readonly string[];
  /** The request is a preflight (`OPTIONS`): answer with the allowed methods and headers. */
  preflight?: boolean;
}

/**
 * CORS headers for a request whose `Origin` is one of `allowedOrigins` (an app on another
 * origin that calls the proxy with `credentials: 'include'`). Empty for anything else, so a
 * same-origin app never sends CORS headers and a foreign page cannot read the session.
 */
export function corsHeaders(request: Request, options: CorsOptions): Headers {
  const { allowedOrigins, methods, preflight = false } = options;
  const headers = new Headers();
  const origin = request.headers.get('origin');
  if (allowedOrigins.length > 0) headers.set('Vary', 'Origin');
  if (origin === null || !allowedOrigins.includes(origin)) return headers;
  headers.set('Access-Control-Allow-Origin', origin);
  headers.set('Access-Control-Allow-Credentials', 'true');
  if (preflight) {
    headers.set('Access-Control-Allow-Methods', methods.join(', '));
    headers.set('Access-Control-Allow-Headers', 'Content-Type, Accept');
    headers.set('Access-Control-Max-Age', '600');
  } else {
    // The fetcher reads `Date` to estimate PingOne's clock; it is not CORS-safelisted.
    headers.set('Access-Control-Expose-Headers', 'Date, Retry-After');
  }
  return headers;
}
