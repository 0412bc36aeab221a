// @vitest-environment node
// toNodeHandler: a fetch-standard handler served by node:http, over real HTTP on 127.0.0.1.
// Its limits (bodies, Host, request targets) are in bodies.test.ts and hostPort.test.ts.
import { describe, expect, it } from 'vitest';
import { toNodeHandler } from '../../src/server';
import { setupProxyHarness } from '../support/serverHarness';

const h = setupProxyHarness();

describe('toNodeHandler', () => {
  it('answers a bare 500 when the handler throws, without the error text', async () => {
    const { origin } = await h.listen(
      toNodeHandler(() => {
        throw new Error(`boom ${h.pingone.emulator.clientSecret}`);
      }),
    );
    const response = await fetch(origin);
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(text).not.toContain('boom');
    expect(text).not.toContain(h.pingone.emulator.clientSecret);
  });

  it("writes a handler's plain statusText, and drops one Node cannot write (CR, LF, non-Latin-1) instead of failing", async () => {
    const odd = ['OK\r\nX-Injected: 1', 'a\nb', 'a\rb', 'Ünïcödé ✓'];
    let statusText = 'Fine';
    class OddResponse extends Response {
      override get statusText() {
        return statusText;
      }
    }
    const { origin } = await h.listen(toNodeHandler(() => Promise.resolve(new OddResponse('{}', { status: 200 }))));
    const { request } = await import('node:http');
    const raw = () =>
      new Promise<{ status: number; message: string; headers: Record<string, unknown> }>((resolve, reject) => {
        request(origin, (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, message: res.statusMessage ?? '', headers: res.headers });
        })
          .on('error', reject)
          .end();
      });
    expect(await raw()).toMatchObject({ status: 200, message: 'Fine' });
    for (statusText of odd) {
      const answer = await raw();
      expect(answer.status).toBe(200);
      expect(answer.message).toBe('OK'); // Node's own phrase
      expect(answer.headers['x-injected']).toBeUndefined();
    }
  });

  it('passes method, headers, body and the full URL (with a mount path stripped by Connect) to the handler', async () => {
    let seen: { method: string; url: string; body: string; cookie: string | null } | undefined;
    const handler = toNodeHandler(async (request) => {
      seen = { method: request.method, url: request.url, body: await request.text(), cookie: request.headers.get('cookie') };
      return new Response(null, { status: 204, headers: { 'Set-Cookie': 'a=1', Date: 'Tue, 01 Jan 2030 00:00:00 GMT' } });
    });
    // What Connect/Express do for `use('/api/session', ...)`: strip the mount path, keep originalUrl.
    const { origin } = await h.listen((req, res) => {
      Object.assign(req, { originalUrl: req.url, url: '/' });
      handler(req, res);
    });
    const response = await fetch(`${origin}/api/session?x=1`, { method: 'PUT', headers: { Cookie: 'ST=abc' }, body: '{"a":1}' });
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toBe('a=1');
    expect(response.headers.get('date')).toBe('Tue, 01 Jan 2030 00:00:00 GMT');
    expect(seen).toEqual({ method: 'PUT', url: `${origin}/api/session?x=1`, body: '{"a":1}', cookie: 'ST=abc' });
  });
});
