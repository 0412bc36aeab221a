/// <reference types="node" />
// Node-only module (Buffer, node:http types); the build tsconfig loads no ambient types.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { abortWhenClientLeaves, answerUnlessStarted, writeNodeResponse } from './nodeResponse.js';

const HOST_HEADER = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** Options of {@link toNodeHandler}. */
export interface NodeHandlerOptions {
  /** Largest request body accepted, bytes (default 64 KiB); larger bodies get 413. */
  maxBodyBytes?: number;
  /** Time allowed to receive a request body once the handler reads it, ms (default 10 000); past it: 408. */
  bodyTimeoutMs?: number;
}

/** A Node `http` / Express / Connect (Vite) middleware. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

// Methods a fetch `Request` cannot carry; answered here instead of failing as a 500.
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);
const OWN_HEADERS = {
  'Content-Type': 'application/json',
  'Cache-Control': 'private, no-store',
  'X-Content-Type-Options': 'nosniff',
};

function reply(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, string> = {}): void {
  answerUnlessStarted(res, status, { ...OWN_HEADERS, ...extra }, JSON.stringify({ code, message }));
}

/**
 * The request body as a stream that is read only when the handler asks for it (so refusals
 * never wait for a body), capped at `limit` bytes and `timeoutMs` from the first read.
 */
function bodyStream(
  req: IncomingMessage,
  limit: number,
  timeoutMs: number,
  failed: (status: 408 | 413) => void,
): ReadableStream<Uint8Array> {
  let started = false;
  let finished = false;
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    finished = true;
    clearTimeout(timer);
    req.pause();
    req.removeAllListeners('data');
  };
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (!started) {
          started = true;
          timer = setTimeout(() => {
            if (finished) return;
            stop();
            failed(408);
            controller.error(new Error('The request body did not arrive in time'));
          }, timeoutMs);
          req.on('data', (chunk: Buffer) => {
            if (finished) return;
            size += chunk.length;
            if (size > limit) {
              stop();
              failed(413);
              controller.error(new Error('The request body is too large'));
              return;
            }
            controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
            if ((controller.desiredSize ?? 0) <= 0) req.pause();
          });
          req.once('end', () => {
            if (finished) return;
            finished = true;
            clearTimeout(timer);
            controller.close();
          });
          req.once('error', (error) => {
            if (finished) return;
            stop();
            controller.error(error);
          });
        }
        req.resume();
      },
      cancel() {
        stop();
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * After answering, drops what is left of an unread body, but only for a while: a client that
 * trickles bytes (or sends far more than the cap) is disconnected instead of holding a socket.
 */
function discardRest(req: IncomingMessage, limit: number, timeoutMs: number): void {
  if (req.complete) return;
  let seen = 0;
  const cut = () => req.socket.destroy();
  const timer = setTimeout(cut, timeoutMs);
  req.removeAllListeners('data');
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > limit * 16) {
      clearTimeout(timer);
      cut();
    }
  });
  req.once('end', () => clearTimeout(timer));
  req.once('close', () => clearTimeout(timer));
  req.resume();
}

/**
 * Adapts a fetch-standard handler (`(Request) => Promise<Response>`, e.g. the session proxy) to
 * Node's `(req, res)`: `http.createServer(toNodeHandler(proxy))`, or `app.use('/api/session',
 * toNodeHandler(proxy))` in Express and Vite, before any body parser. Bodies are read only when
 * the handler asks, within `maxBodyBytes` and `bodyTimeoutMs`; a target that is not a plain path
 * gets 400, `TRACE`/`CONNECT`/`TRACK` 405, a throwing handler a bare 500 (docs/security.md).
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>, options: NodeHandlerOptions = {}): NodeHandler {
  const limit = options.maxBodyBytes ?? 64 * 1024;
  const bodyTimeoutMs = options.bodyTimeoutMs ?? 10_000;
  return (req, res) => {
    let bodyFailure: 408 | 413 | undefined;
    void (async () => {
      const signal = abortWhenClientLeaves(res);
      // Connect/Express strip the mount path from req.url; originalUrl keeps it.
      const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
      // Exactly one leading "/" (no "//host", no "/\host", no absolute form): the request line
      // must never choose the authority of the URL the handler sees.
      if (!/^\/(?![/\\])/.test(path)) {
        reply(res, 400, 'INVALID_REQUEST', 'The request target must be a path', { Connection: 'close' });
        discardRest(req, limit, 1_000);
        return;
      }
      const method = req.method ?? 'GET';
      if (FORBIDDEN_METHODS.has(method.toUpperCase())) {
        reply(res, 405, 'METHOD_NOT_ALLOWED', `${method} is not supported`, { Connection: 'close' });
        discardRest(req, limit, 1_000);
        return;
      }
      const secure = 'encrypted' in req.socket && Boolean(req.socket.encrypted);
      const host = req.headers.host ?? 'localhost';
      let url: URL;
      try {
        // A bare authority only (`name[:port]` or `[v6][:port]`), so the Host header cannot add
        // userinfo or a path; the URL then normalises it (an explicit default port is dropped).
        if (!HOST_HEADER.test(host)) throw new Error('host');
        url = new URL(`${secure ? 'https' : 'http'}://${host}${path}`);
      } catch {
        reply(res, 400, 'INVALID_REQUEST', 'The Host header is not valid', { Connection: 'close' });
        discardRest(req, limit, 1_000);
        return;
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (name.startsWith(':') || value === undefined) continue;
        for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
      }
      const hasBody =
        method !== 'GET' &&
        method !== 'HEAD' &&
        (req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0);
      const body = hasBody ? bodyStream(req, limit, bodyTimeoutMs, (status) => (bodyFailure = status)) : undefined;
      const init: RequestInit & { duplex?: 'half' } = { method, headers, body, signal };
      if (body) init.duplex = 'half';
      const response = await handler(new Request(url, init)).catch((error: unknown) => {
        if (bodyFailure === undefined) throw error;
        return undefined;
      });
      if (bodyFailure === 408) {
        reply(res, 408, 'REQUEST_TIMEOUT', 'The request body did not arrive in time', { Connection: 'close' });
        discardRest(req, limit, 1_000);
        return;
      }
      if (bodyFailure === 413 || response === undefined) {
        reply(res, 413, 'REQUEST_TOO_LARGE', 'The request body is too large', { Connection: 'close' });
        discardRest(req, limit, bodyTimeoutMs);
        return;
      }
      await writeNodeResponse(res, response, method);
      discardRest(req, limit, bodyTimeoutMs);
    })().catch(() => {
      reply(res, 500, 'UNEXPECTED_ERROR', 'The handler failed');
    });
  };
}
