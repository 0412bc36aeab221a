/// <reference types="node" />
// Node-only module: the build tsconfig loads no ambient types, so name Node's here.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { abortWhenClientLeaves, answerUnlessStarted, writeNodeResponse } from '../../server/nodeResponse.js';

/** A fetch-standard handler: what the emulator (and any edge-style server) exposes. */
export type FetchHandler = (request: Request) => Promise<Response>;

/**
 * Builds a fetch `Request` from Node's `IncomingMessage`: every header as sent, the body, and a
 * signal that aborts when the client goes away. Unlike `toNodeHandler` (which takes Node's merged
 * `req.headers`, where a repeated `Authorization` is dropped and cookies are joined with "; "), a
 * fake must see what the client really sent: repeats are kept from `rawHeaders`. The URL comes
 * from the emulator's own origin, so the links it answers with never depend on the Host header.
 */
async function toRequest(req: IncomingMessage, origin: string, signal: AbortSignal): Promise<Request> {
  const headers = new Headers();
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

/** Wraps a fetch handler as a `node:http` request listener (the response side is `toNodeHandler`'s). */
export function toNodeListener(handler: FetchHandler, origin: () => string) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const signal = abortWhenClientLeaves(res);
    void (async () => {
      try {
        const request = await toRequest(req, origin(), signal);
        await writeNodeResponse(res, await handler(request), req.method ?? 'GET');
      } catch {
        answerUnlessStarted(
          res,
          500,
          { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
          'Internal emulator error',
        );
      }
    })();
  };
}
