// Every emulator response goes through here so each one carries the headers PingOne sends:
// `Date` from the emulator's clock (clients estimate clock offset from it) and `no-store`.

/** Headers every response carries. */
export function baseHeaders(now: number, extra?: HeadersInit): Headers {
  const headers = new Headers(extra);
  headers.set('Date', new Date(now).toUTCString());
  headers.set('Cache-Control', 'no-store');
  return headers;
}

/** A JSON response. */
export function jsonResponse(now: number, status: number, body: unknown, extra?: HeadersInit): Response {
  const headers = baseHeaders(now, extra);
  headers.set('Content-Type', 'application/json; charset=UTF-8');
  return new Response(JSON.stringify(body), { status, headers });
}

/** A body-less response (204 and friends). */
export function emptyResponse(now: number, status: number, extra?: HeadersInit): Response {
  return new Response(null, { status, headers: baseHeaders(now, extra) });
}
