import type { EmulatorContext } from './context.js';

/** Base URL of in-process requests; `.invalid` is reserved, so nothing can ever resolve it. */
export const IN_PROCESS_BASE = 'https://pingone-emulator.invalid';

type Handle = (request: Request, signal: AbortSignal | undefined) => Promise<Response>;

/**
 * A `fetch` that behaves like "a browser behind our proxy": whatever URL it is called with,
 * the call goes in-process to `sessions/me` of this emulator with the method, body and
 * content headers given, plus a valid bearer and `Cookie: ST=` (left out when the token
 * source returns `undefined`). Caller-supplied `Authorization` / `Cookie` are dropped.
 */
export function createFetchAs(
  ctx: EmulatorContext,
  handle: Handle,
  sessionToken: string | (() => string | undefined),
): typeof fetch {
  let bearer: string | undefined;
  const validBearer = () => {
    // Reissue when the clock (real or fake) has moved past the cached token's lifetime.
    if (!ctx.accessTokens.isValid(bearer)) bearer = ctx.accessTokens.issue();
    return bearer as string;
  };

  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const source = input instanceof Request ? input : undefined;
    const method = (init?.method ?? source?.method ?? 'GET').toUpperCase();
    const headers = new Headers(source?.headers);
    new Headers(init?.headers).forEach((value, key) => headers.set(key, value));
    headers.delete('cookie');
    headers.set('Authorization', `Bearer ${validBearer()}`);
    const token = typeof sessionToken === 'function' ? sessionToken() : sessionToken;
    if (token !== undefined) headers.set('Cookie', `ST=${token}`);
    const hasBody = method !== 'GET' && method !== 'HEAD';
    const body = !hasBody ? undefined : init?.body !== undefined ? init.body : source ? await source.arrayBuffer() : undefined;
    const signal = init?.signal ?? source?.signal ?? undefined;
    signal?.throwIfAborted();
    const request = new Request(`${IN_PROCESS_BASE}/v1/environments/${ctx.environmentId}/sessions/me`, {
      method,
      headers,
      body,
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    });
    // Reject like a real fetch when aborted mid-flight (timeouts in the caller rely on it).
    if (!signal) return handle(request, undefined);
    return new Promise<Response>((resolve, reject) => {
      // Like fetch, reject with the signal's reason (whatever the caller aborted with).
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      const onAbort = () => reject(signal.reason ?? new DOMException('The operation was aborted.', 'AbortError'));
      signal.addEventListener('abort', onAbort, { once: true });
      handle(request, signal)
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', onAbort));
    });
  };
}
