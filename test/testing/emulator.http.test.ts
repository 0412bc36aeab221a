// @vitest-environment node
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/session';
import { toNodeListener } from '../../src/testing/emulator/nodeAdapter';
import {
  EMULATOR_CLIENT_ID,
  EMULATOR_CLIENT_SECRET,
  LOGOUT_CONTENT_TYPE,
  startPingOneEmulator,
  type RunningPingOneEmulator,
} from '../../src/testing';
import { json, manualClock, putBody, type TokenJson } from '../support/emulator';

const APP_ORIGIN = 'http://app.localhost:5173';
const clock = manualClock(Date.parse('2030-06-01T08:00:00.000Z'));
let server: RunningPingOneEmulator;

beforeAll(async () => {
  server = await startPingOneEmulator({ now: clock.read, allowedOrigins: [APP_ORIGIN] });
});
afterAll(async () => {
  await server.close();
});

const me = () => `${server.apiPath}/environments/${server.emulator.environmentId}/sessions/me`;

async function workerToken(): Promise<string> {
  const response = await fetch(`${server.authPath}/${server.emulator.environmentId}/as/token`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: `Basic ${btoa(`${EMULATOR_CLIENT_ID}:${EMULATOR_CLIENT_SECRET}`)}`,
    },
    body: 'grant_type=client_credentials',
  });
  expect(response.status).toBe(200);
  return (await json<TokenJson>(response)).access_token;
}

describe('startPingOneEmulator over real HTTP', () => {
  it('listens on 127.0.0.1 with a random port and exposes the API and auth paths', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).not.toMatch(/:0$/);
    expect(server.apiPath).toBe(`${server.url}/v1`);
    expect(server.authPath).toBe(server.url);
  });

  it('runs the server flow: token, read, update, logout', async () => {
    const bearer = await workerToken();
    const { token, session } = server.emulator.createSession();
    const headers = { Authorization: `Bearer ${bearer}`, Cookie: `ST=${token}`, Accept: 'application/json' };
    const read = await fetch(me(), { headers });
    expect(read.status).toBe(200);
    // The emulator's clock reaches the wire (Node would otherwise stamp its own Date).
    expect(read.headers.get('date')).toBe(new Date(clock.now).toUTCString());
    expect(read.headers.get('cache-control')).toBe('no-store');
    expect(await json<Session>(read)).toEqual(session);

    const activeAt = new Date(clock.now + 60_000).toISOString();
    const put = await fetch(me(), {
      method: 'PUT',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: putBody(session, { activeAt }),
    });
    expect((await json<Session>(put)).activeAt).toBe(activeAt);

    const logout = await fetch(me(), { method: 'POST', headers: { ...headers, 'Content-Type': LOGOUT_CONTENT_TYPE } });
    expect(logout.status).toBe(204);
    // Authentication is reset; the session itself reads on, without a user (the emulator's default).
    expect(await json<Session>(await fetch(me(), { headers }))).toMatchObject({ id: session.id, user: null, lastSignOn: null });
  });

  it('reads the ST cookie from repeated Cookie headers', async () => {
    const bearer = await workerToken();
    const { token } = server.emulator.createSession();
    const url = new URL(me());
    // A raw header list (Node adds no Host to it) keeps the two Cookie lines separate on the wire.
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          headers: [
            ['Host', url.host],
            ['Authorization', `Bearer ${bearer}`],
            ['Cookie', 'theme=dark'],
            ['Cookie', `ST=${token}`],
          ].flat(),
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(200);
  });

  it('survives a client that hangs up during a delay', async () => {
    server.emulator.fail({ delayMs: 30_000 });
    const controller = new AbortController();
    const pending = fetch(me(), { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toThrow();
    expect((await fetch(me())).status).toBe(401);
  });
});

describe('CORS', () => {
  it('answers a preflight from an allowed origin with credentials allowed', async () => {
    const response = await fetch(me(), {
      method: 'OPTIONS',
      headers: { Origin: APP_ORIGIN, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(response.headers.get('access-control-allow-headers')).toContain('Content-Type');
  });

  it('refuses a preflight from another origin', async () => {
    const response = await fetch(me(), {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.has('access-control-allow-origin')).toBe(false);
  });

  it('exposes Date and Retry-After to allowed origins only, on errors too', async () => {
    server.emulator.fail({ status: 429 });
    const allowed = await fetch(me(), { headers: { Origin: APP_ORIGIN } });
    expect(allowed.status).toBe(429);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(allowed.headers.get('access-control-expose-headers')).toBe('Date, Retry-After');
    expect(allowed.headers.get('vary')).toContain('Origin');
    const other = await fetch(me(), { headers: { Origin: 'https://evil.example' } });
    expect(other.headers.has('access-control-allow-origin')).toBe(false);
    expect(other.headers.has('access-control-allow-credentials')).toBe(false);
  });
});

describe('close()', () => {
  it('stops the server even with keep-alive connections open, and is idempotent', async () => {
    const running = await startPingOneEmulator();
    expect((await fetch(running.url)).status).toBe(404); // leaves a pooled keep-alive socket
    await Promise.all([running.close(), running.close()]);
    await expect(fetch(running.url)).rejects.toThrow();
  });
});

describe('node adapter', () => {
  it('passes method, URL, repeated headers and the body in, and repeated Set-Cookie out', async () => {
    const seen: { method: string; url: string; tags: string | null; body: string }[] = [];
    const node = createServer(
      toNodeListener(
        async (request) => {
          seen.push({ method: request.method, url: request.url, tags: request.headers.get('x-tag'), body: await request.text() });
          const headers = new Headers({ 'Content-Type': 'text/plain' });
          headers.append('Set-Cookie', 'a=1; Path=/');
          headers.append('Set-Cookie', 'b=2; Path=/');
          return new Response('héllo', { status: 201, headers });
        },
        () => 'http://127.0.0.1',
      ),
    );
    await new Promise<void>((resolve) => node.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = node.address() as AddressInfo;
      const headers = new Headers([
        ['X-Tag', 'one'],
        ['X-Tag', 'two'],
      ]);
      const response = await fetch(`http://127.0.0.1:${port}/p/q?x=1`, { method: 'PATCH', headers, body: 'ünïcode body' });
      expect(response.status).toBe(201);
      expect(await response.text()).toBe('héllo');
      expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
      expect(seen).toEqual([{ method: 'PATCH', url: 'http://127.0.0.1/p/q?x=1', tags: 'one, two', body: 'ünïcode body' }]);
    } finally {
      node.closeAllConnections();
      await new Promise((resolve) => node.close(resolve));
    }
  });
});
