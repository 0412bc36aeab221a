/// <reference types="node" />
// Node-only module: the build tsconfig loads no ambient types, so name Node's here.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A fetch-standard handler: what the emulator (and any edge-style server) exposes. */
export type FetchHandler = (request: Request) => Promise<Response>;

/** Builds a fetch `Request` from Node's `IncomingMessage`: every header (repeats kept), the body, and a signal that aborts when the client goes away. */
export async function toRequest(req: IncomingMessage, origin: string, signal: AbortSignal): Promise<Request> {
  const headers = new Headers();
  // rawHeaders keeps repeated headers as separate name/value pairs; append() combines them.
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i] as string;
    const value = req.rawHeaders[i + 1] as string;
    if (!name.startsWith(':')) headers.append(name, value);
  }
  const method = req.method ?? 'GET';
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Uint8Array[] = [];
    for await (const chunk of req)
      chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array));
    body = concat(chunks);
  }
  return new Request(new URL(req.url ?? '/', origin), { method, headers, body, signal });
}

function concat(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Writes a fetch `Response` to Node's `ServerResponse`, keeping repeated headers (e.g. several `Set-Cookie`). */
export async function writeResponse(res: ServerResponse, response: Response, method: string): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  const body = method === 'HEAD' || response.body === null ? undefined : new Uint8Array(await response.arrayBuffer());
  if (res.destroyed) return;
  res.writeHead(response.status, response.statusText || undefined, headers);
  res.end(body);
}

/** Wraps a fetch handler as a `node:http` request listener. */
export function toNodeListener(handler: FetchHandler, origin: () => string) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const controller = new AbortController();
    // 'close' before the response finished means the client hung up: stop any pending work.
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    void (async () => {
      try {
        const request = await toRequest(req, origin(), controller.signal);
        await writeResponse(res, await handler(request), req.method ?? 'GET');
      } catch {
        if (!res.headersSent && !res.destroyed) {
          res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
          res.end('Internal emulator error');
        } else {
          res.destroy();
        }
      }
    })();
  };
}
