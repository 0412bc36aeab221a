// @vitest-environment node
// Issue 8 point 6 (review F7, F9 TRACE row): checks run before any body is read, only an
// allowed write reads one, toNodeHandler has a read deadline, unknown methods get 405.
import { connect, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { rawHttp, setupProxyHarness } from '../support/serverHarness';

const h = setupProxyHarness();

afterAll(() => h.expectNoSecretCaptured());

interface SlowClient {
  /** Resolves with the status line once the server answers. */
  answered: Promise<{ status: number; afterMs: number }>;
  /** Resolves once the server closes the connection. */
  closed: Promise<number>;
  socket: Socket;
}

/** Sends headers announcing `length` bytes, then one byte every `everyMs` (a slow-loris client). */
function slowClient(port: number, head: string[], length: number, everyMs = 200): SlowClient {
  const start = Date.now();
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  socket.write([...head, `Content-Length: ${length}`, '', ''].join('\r\n'));
  const drip = setInterval(() => {
    if (!socket.destroyed) socket.write('x');
  }, everyMs);
  let received = '';
  const answered = new Promise<{ status: number; afterMs: number }>((resolve) => {
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const match = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (match) resolve({ status: Number(match[1]), afterMs: Date.now() - start });
    });
  });
  const closed = new Promise<number>((resolve) =>
    socket.on('close', () => {
      clearInterval(drip);
      resolve(Date.now() - start);
    }),
  );
  return { answered, closed, socket };
}

function head(method: string, port: number, token: string, origin: string): string[] {
  return [
    `${method} /api/session HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    `Cookie: ST=${token}`,
    `Origin: ${origin}`,
    'Content-Type: text/plain',
  ];
}

describe('bodies and slow clients (point 6)', () => {
  it('answers a cross-site write and a refused method at once, without waiting for their bodies, and then drops the connection', async () => {
    const { port } = await h.startProxy({ operations: { extend: true, signOff: true } }, { bodyTimeoutMs: 600 });
    const { token } = h.signIn();
    const clients = [
      slowClient(port, head('PUT', port, token, 'http://evil.example'), 65_000),
      slowClient(port, head('POST', port, token, 'http://evil.example'), 60_000),
      slowClient(port, head('PATCH', port, token, `http://127.0.0.1:${port}`), 60_000),
    ];
    const answers = await Promise.all(clients.map((c) => c.answered));
    expect(answers.map((a) => a.status)).toEqual([403, 403, 405]);
    for (const answer of answers) expect(answer.afterMs).toBeLessThan(500);
    // The trickling rest is not waited for past the read deadline (Node's own default is 300 s).
    const closedAfter = await Promise.all(clients.map((c) => c.closed));
    for (const ms of closedAfter) expect(ms).toBeLessThan(3_000);
    expect(h.pingone.emulator.requests).toEqual([]);
  });

  it("answers 408 when an allowed write's body does not arrive within bodyTimeoutMs, and PingOne is not called", async () => {
    const { port } = await h.startProxy({ operations: { extend: true } }, { bodyTimeoutMs: 500 });
    const { token } = h.signIn();
    // Two bytes announced, the first due after 5 s: far past the deadline.
    const client = slowClient(port, head('PUT', port, token, `http://127.0.0.1:${port}`), 2, 5_000);
    const answer = await client.answered;
    expect(answer.status).toBe(408);
    expect(answer.afterMs).toBeGreaterThanOrEqual(450);
    expect(answer.afterMs).toBeLessThan(2_500);
    client.socket.destroy();
    expect(h.pingone.emulator.requests).toEqual([]);
  });

  it('answers 408, not "PingOne did not answer", when the proxy\'s own deadline passes while the body is still arriving', async () => {
    const { port } = await h.startProxy({ operations: { extend: true }, timeoutMs: 500 }, { bodyTimeoutMs: 10_000 });
    const { token } = h.signIn();
    const client = slowClient(port, head('PUT', port, token, `http://127.0.0.1:${port}`), 2, 5_000);
    const answer = await client.answered;
    expect(answer.status).toBe(408);
    expect(answer.afterMs).toBeLessThan(2_500);
    client.socket.destroy();
    expect(h.pingone.emulator.requests).toEqual([]);
  });

  it("caps bodies: over toNodeHandler's limit 413, over the proxy's 16 KB 413, a non-empty JSON 400", async () => {
    const { url } = await h.startProxy({ operations: { extend: true } });
    const { token } = h.signIn();
    const headers = { Cookie: `ST=${token}`, Origin: new URL(url).origin };
    expect((await fetch(url, { method: 'PUT', headers, body: 'x'.repeat(70_000) })).status).toBe(413);
    expect((await fetch(url, { method: 'PUT', headers, body: JSON.stringify({ pad: 'x'.repeat(20_000) }) })).status).toBe(413);
    expect((await fetch(url, { method: 'PUT', headers, body: '[1,2]' })).status).toBe(400);
    expect(h.pingone.emulator.requests).toEqual([]);
  });

  it('answers TRACE and methods it does not serve with 405 (not 500), and the session survives', async () => {
    const { port } = await h.startProxy();
    const { token } = h.signIn();
    for (const method of ['TRACE', 'PROPFIND', 'PATCH', 'HEAD']) {
      const answer = await rawHttp(
        port,
        [`${method} /api/session HTTP/1.1`, `Host: 127.0.0.1:${port}`, `Cookie: ST=${token}`, 'Connection: close', '', ''].join(
          '\r\n',
        ),
      );
      expect(answer.status, method).toBe(405);
    }
    expect(h.pingone.emulator.requests).toEqual([]);
  });
});
