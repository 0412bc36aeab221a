/// <reference types="node" />
// Node-only module (Buffer, node:http types); the build tsconfig loads no ambient types.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Options of {@link toNodeHandler}. */
export interface NodeHandlerOptions {
  /** Largest request body accepted, bytes (default 64 KiB); larger bodies get 413. */
  maxBodyBytes?: number;
}

/** A Node `http` / Express / Connect (Vite) middleware. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    // Past the limit, keep reading (and dropping) a while so the client finishes sending and
    // gets our 413 instead of a connection reset; past 16x the limit, stop listening at all.
    if (size > limit * 16) break;
    if (size <= limit) chunks.push(buffer);
  }
  return size > limit ? 'too-large' : Buffer.concat(chunks);
}

/**
 * Adapts a fetch-standard handler (`(Request) => Promise<Response>`, e.g. the session proxy) to
 * Node's `(req, res)`: `http.createServer(toNodeHandler(proxy))`, `app.use('/api/session',
 * toNodeHandler(proxy))` in Express, or `server.middlewares.use('/api/session', ...)` in Vite.
 * Mount it before any body parser. The URL is rebuilt from `Host` and the socket (no
 * `X-Forwarded-*` trust). A handler that throws gets a bare 500: its error is not shown, since
 * the fetch handlers here report their own failures (the proxy's `onError`).
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>, options: NodeHandlerOptions = {}): NodeHandler {
  const limit = options.maxBodyBytes ?? 64 * 1024;
  return (req, res) => {
    void (async () => {
      const controller = new AbortController();
      res.on('close', () => {
        if (!res.writableFinished) controller.abort();
      });
      const secure = 'encrypted' in req.socket && Boolean(req.socket.encrypted);
      // Connect/Express strip the mount path from req.url; originalUrl keeps it.
      const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
      const url = new URL(path, `${secure ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (name.startsWith(':') || value === undefined) continue;
        for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
      }
      const method = req.method ?? 'GET';
      let body: Buffer | undefined;
      if (method !== 'GET' && method !== 'HEAD') {
        const read = await readBody(req, limit);
        if (read === 'too-large') {
          res.writeHead(413, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', Connection: 'close' });
          res.end(JSON.stringify({ code: 'REQUEST_TOO_LARGE', message: 'The request body is too large' }));
          return;
        }
        body = read;
      }
      const response = await handler(
        new Request(url, { method, headers, body: body === undefined ? undefined : new Uint8Array(body), signal: controller.signal }),
      );
      const out: Record<string, string | string[]> = {};
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') out[name] = value;
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) out['set-cookie'] = cookies;
      const payload = method === 'HEAD' ? undefined : Buffer.from(await response.arrayBuffer());
      res.writeHead(response.status, out);
      res.end(payload);
    })().catch(() => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        res.end(JSON.stringify({ code: 'UNEXPECTED_ERROR', message: 'The handler failed' }));
      } else {
        res.destroy();
      }
    });
  };
}
