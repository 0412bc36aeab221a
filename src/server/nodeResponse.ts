/// <reference types="node" />
// Node-only module (node:http types); the build tsconfig loads no ambient types.
// The Node side shared by toNodeHandler and the emulator's listener (src/testing/emulator/nodeAdapter.ts).
import type { ServerResponse } from 'node:http';

/** A signal that aborts when the client goes away before the answer is written, so pending work stops. */
export function abortWhenClientLeaves(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

/**
 * Writes a fetch `Response` to Node's `ServerResponse`: repeated headers kept (several
 * `Set-Cookie` stay separate lines), no body for `HEAD`, nothing once the client is gone.
 */
export async function writeNodeResponse(res: ServerResponse, response: Response, method: string): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  const body = method === 'HEAD' || response.body === null ? undefined : new Uint8Array(await response.arrayBuffer());
  if (res.destroyed) return;
  // Only a reason phrase Node can write (RFC 9112: tab, space, visible ASCII): a handler's odd
  // `statusText` (CR, LF, non-Latin-1) must cost the phrase, not the answer or the process.
  const reason = /^[\t\x20-\x7e]*$/.test(response.statusText) && response.statusText !== '' ? response.statusText : undefined;
  res.writeHead(response.status, reason, headers);
  res.end(body);
}

/** The adapter's own answer when the handler could not give one; cuts the connection if an answer already started. */
export function answerUnlessStarted(res: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  try {
    res.writeHead(status, headers);
    res.end(body);
  } catch {
    res.destroy(); // never an unhandled rejection that takes the process down
  }
}
