import { pingOneError } from './errorBodies.js';
import { emptyResponse } from './responses.js';

const ALLOWED_METHODS = 'GET, PUT, POST, DELETE, OPTIONS';
const ALLOWED_HEADERS = 'Accept, Authorization, Content-Type';

/** CORS with credentials for a fixed list of origins; other origins get no CORS headers. */
export class CorsPolicy {
  readonly #origins: ReadonlySet<string>;
  constructor(origins: readonly string[] = []) {
    this.#origins = new Set(origins);
  }

  /** The request's origin when it is allowed. */
  allowedOrigin(request: Request): string | undefined {
    const origin = request.headers.get('origin');
    return origin !== null && this.#origins.has(origin) ? origin : undefined;
  }

  /** Adds CORS headers to a response for an allowed origin (responses are re-wrapped: their headers may be immutable). */
  apply(request: Request, response: Response): Response {
    const origin = this.allowedOrigin(request);
    const headers = new Headers(response.headers);
    // The answer depends on Origin, so shared caches must key on it.
    headers.append('Vary', 'Origin');
    if (origin !== undefined) {
      headers.set('Access-Control-Allow-Origin', origin);
      headers.set('Access-Control-Allow-Credentials', 'true');
      // Clients read Date for clock offset and Retry-After for back-off.
      headers.set('Access-Control-Expose-Headers', 'Date, Retry-After');
    }
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }

  /** Answers an OPTIONS request: a preflight from an allowed origin gets 204 and the allow headers. */
  preflight(request: Request, now: number): Response {
    const origin = this.allowedOrigin(request);
    const isPreflight = request.headers.has('access-control-request-method');
    if (!isPreflight) return emptyResponse(now, 204, { Allow: ALLOWED_METHODS });
    if (origin === undefined)
      return pingOneError(now, 403, { message: 'The request could not be completed. Origin not allowed.' });
    return emptyResponse(now, 204, {
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': ALLOWED_HEADERS,
      'Access-Control-Max-Age': '600',
    });
  }
}
