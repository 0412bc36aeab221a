// @vitest-environment node
// Browser-like request -> session proxy (Node http via toNodeHandler) -> PingOne emulator, all
// over real HTTP on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  NoSessionError,
  RateLimitedError,
  SessionResponseError,
  SessionServerError,
  SessionTimeoutError,
  fetchCurrentSession,
} from '../src/core';
import { createSessionProxy, createWorkerTokenSource, toNodeHandler, type SessionProxyOptions } from '../src/server';
import { startPingOneEmulator, type RunningPingOneEmulator } from '../src/testing';
import { putBody } from './emulatorHelpers';

let clockOffsetMs = 0;
let pingone: RunningPingOneEmulator;
const servers: Server[] = [];
const bearers = new Set<string>();
const sessionTokens = new Set<string>();
const reported: unknown[] = [];
const logged: string[] = [];

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Starts a proxy on its own port; returns its `/api/session` URL. */
async function startProxy(overrides: Partial<SessionProxyOptions> = {}): Promise<string> {
  const source = createWorkerTokenSource({
    environmentId: pingone.emulator.environmentId,
    authPath: pingone.authPath,
    clientId: pingone.emulator.clientId,
    clientSecret: pingone.emulator.clientSecret,
  });
  const proxy = createSessionProxy({
    environmentId: pingone.emulator.environmentId,
    apiPath: pingone.apiPath,
    getAccessToken: async (options) => {
      const token = await source(options);
      bearers.add(token);
      return token;
    },
    onError: (error) => reported.push(error),
    ...overrides,
  });
  return `${await listen(toNodeHandler(proxy))}/api/session`;
}

function signIn(overrides: Parameters<RunningPingOneEmulator['emulator']['createSession']>[0] = {}) {
  const created = pingone.emulator.createSession(overrides);
  sessionTokens.add(created.token);
  return created;
}

/** What a same-origin fetch from the app's page sends. */
function browserHeaders(url: string, token?: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    Accept: 'application/json',
    'Sec-Fetch-Site': 'same-origin',
    Origin: new URL(url).origin,
    ...(token ? { Cookie: `theme=dark; ST=${token}; other=1` } : {}),
    ...extra,
  };
}

const sessionCalls = () => pingone.emulator.requests.filter((r) => r.path.endsWith('/sessions/me'));
const tokenCalls = () => pingone.emulator.requests.filter((r) => r.path.endsWith('/as/token'));

beforeAll(async () => {
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' '));
    });
  }
  pingone = await startPingOneEmulator({ now: () => Date.now() + clockOffsetMs, accessTokenLifetimeSeconds: 300 });
});

beforeEach(() => {
  clockOffsetMs = 0;
  pingone.emulator.reset();
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

afterAll(async () => {
  await pingone.close();
  // Nothing the proxy answered, reported or logged may carry a secret.
  const secrets = [pingone.emulator.clientSecret, ...bearers, ...sessionTokens];
  expect(bearers.size).toBeGreaterThan(0);
  const text = [...logged, ...reported.map((e) => (e instanceof Error ? `${e.message} ${String(e.cause)}` : String(e)))].join('\n');
  for (const secret of secrets) expect(text).not.toContain(secret);
  vi.restoreAllMocks();
});

describe('session proxy over HTTP', () => {
  it('relays the session with bearer + ST, no-store, PingOne\'s Date and no cookies', async () => {
    clockOffsetMs = 3 * 3600_000; // the emulator's clock is 3 h ahead: its Date must come through
    const url = await startProxy();
    const { token, session } = signIn();
    const response = await fetch(url, { headers: browserHeaders(url, token) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { id: string };
    expect(body.id).toBe(session.id);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('set-cookie')).toBeNull();
    const date = Date.parse(response.headers.get('date') ?? '');
    expect(Math.abs(date - (Date.now() + clockOffsetMs))).toBeLessThan(5_000);
    expect(tokenCalls()).toHaveLength(1);
    expect(sessionCalls().map((r) => r.status)).toEqual([200]);
  });

  it('answers 401 in PingOne\'s shape without calling PingOne when there is no ST cookie', async () => {
    const url = await startProxy();
    const response = await fetch(url, { headers: browserHeaders(url, undefined, { Cookie: 'theme=dark' }) });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'ACCESS_FAILED', details: [{ code: 'INVALID_TOKEN' }] });
    expect(pingone.emulator.requests).toEqual([]);
    await expect(fetchCurrentSession({ url })).rejects.toBeInstanceOf(NoSessionError);
  });

  it('relays "no session" for an expired ST without refreshing the worker token', async () => {
    const url = await startProxy();
    const { token } = signIn();
    expect((await fetch(url, { headers: browserHeaders(url, token) })).status).toBe(200);
    pingone.emulator.expire(token);
    const error = await fetchCurrentSession({ url, sessionToken: token }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoSessionError);
    expect(tokenCalls()).toHaveLength(1);
    // PingOne's status for an expired session is undocumented: 401 or 404 both mean "no session".
    expect(sessionCalls().map((r) => r.status)).toEqual([200, expect.toBeOneOf([401, 404])]);
  });

  it('answers 502, not "signed out", when PingOne refuses even a freshly issued worker token', async () => {
    // A misconfigured worker: its tokens are never valid for this environment's API.
    const url = await startProxy({ getAccessToken: () => 'not-a-token-pingone-issued' });
    const { token } = signIn();
    const response = await fetch(url, { headers: browserHeaders(url, token) });
    expect(response.status).toBe(502);
    expect(((await response.json()) as { code: string }).code).toBe('WORKER_TOKEN_REJECTED');
    expect(sessionCalls().map((r) => r.status)).toEqual([401, 401]);
    expect(reported.map((e) => (e as Error).message)).toEqual([expect.stringContaining('refused a freshly issued worker token')]);
    const error = await fetchCurrentSession({ url, sessionToken: token }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SessionServerError);
    expect(error).not.toBeInstanceOf(NoSessionError);
  });

  it('fetches a fresh bearer token and retries once when PingOne says the cached one expired', async () => {
    const url = await startProxy();
    const { token, session } = signIn({ idleTimeoutInMinutes: 600 });
    expect((await fetch(url, { headers: browserHeaders(url, token) })).status).toBe(200);
    // PingOne's clock passes the 300 s token lifetime; the proxy's cache (real clock) still trusts it.
    clockOffsetMs = 10 * 60_000;
    const response = await fetch(url, { headers: browserHeaders(url, token) });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { id: string }).id).toBe(session.id);
    expect(pingone.emulator.requests.map((r) => `${r.path.endsWith('token') ? 'token' : 'me'} ${r.status}`)).toEqual([
      'token 200',
      'me 200',
      'me 401',
      'token 200',
      'me 200',
    ]);
  });

  it.each([
    [500, undefined, 'UNEXPECTED_ERROR'],
    [503, '7', 'UNEXPECTED_ERROR'],
    [429, '7', 'REQUEST_LIMITED'],
  ])('relays PingOne\'s %i with its body and Retry-After %s', async (status, retryAfter, code) => {
    const url = await startProxy();
    const { token } = signIn();
    pingone.emulator.fail({ status, ...(retryAfter ? { retryAfter } : {}) });
    const response = await fetch(url, { headers: browserHeaders(url, token) });
    expect(response.status).toBe(status);
    expect(response.headers.get('retry-after')).toBe(retryAfter ?? null);
    expect(((await response.json()) as { code: string }).code).toBe(code);
    pingone.emulator.fail({ status, ...(retryAfter ? { retryAfter } : {}) });
    const error = await fetchCurrentSession({ url, sessionToken: token }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(status === 429 ? RateLimitedError : SessionServerError);
    expect((error as RateLimitedError).retryAfterMs).toBe(retryAfter ? 7_000 : undefined);
  });

  it('refuses non-GET requests from another origin without calling PingOne, and serves same-origin ones', async () => {
    const url = await startProxy();
    const { token } = signIn();
    const evil = { Origin: 'http://evil.example', 'Sec-Fetch-Site': 'cross-site' };
    for (const method of ['PUT', 'POST', 'DELETE']) {
      const response = await fetch(url, { method, headers: browserHeaders(url, token, evil), body: method === 'PUT' ? '{}' : undefined });
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
    // Sec-Fetch-Site alone is enough (an Origin that lies about being same-origin does not help).
    const sameSite = await fetch(url, { method: 'POST', headers: browserHeaders(url, token, { 'Sec-Fetch-Site': 'same-site' }) });
    expect(sameSite.status).toBe(403);
    expect(pingone.emulator.requests).toEqual([]);
    // A cross-site GET is refused too (no sign-in probing, no keep-alive from other sites)...
    const get = await fetch(url, { headers: browserHeaders(url, token, evil) });
    expect(get.status).toBe(403);
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
    expect(pingone.emulator.requests).toEqual([]);
    // Same origin: reset authentication (POST logout) goes through; the session reads on without a user.
    const logout = await fetch(url, { method: 'POST', headers: browserHeaders(url, token) });
    expect(logout.status).toBe(204);
    expect(await (await fetch(url, { headers: browserHeaders(url, token) })).json()).toMatchObject({ user: null, lastSignOn: null });
  });

  it('relays a cross-site GET only when allowCrossSiteGet is set, still without CORS headers', async () => {
    const url = await startProxy({ allowCrossSiteGet: true });
    const { token } = signIn();
    const get = await fetch(url, { headers: browserHeaders(url, token, { Origin: 'http://evil.example', 'Sec-Fetch-Site': 'cross-site' }) });
    expect(get.status).toBe(200);
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
    const put = await fetch(url, {
      method: 'PUT',
      headers: browserHeaders(url, token, { Origin: 'http://evil.example', 'Sec-Fetch-Site': 'cross-site' }),
      body: '{}',
    });
    expect(put.status).toBe(403);
  });

  it('relays a same-origin DELETE (the session ends) and refuses methods it does not proxy', async () => {
    const url = await startProxy();
    const { token } = signIn();
    const deleted = await fetch(url, { method: 'DELETE', headers: browserHeaders(url, token) });
    expect(deleted.status).toBe(204);
    expect([401, 404]).toContain((await fetch(url, { headers: browserHeaders(url, token) })).status);
    const patch = await fetch(url, { method: 'PATCH', headers: browserHeaders(url, token), body: '{}' });
    expect(patch.status).toBe(405);
    expect(patch.headers.get('allow')).toBe('GET, PUT, POST, DELETE');
    expect(sessionCalls().map((r) => r.method)).toEqual(['DELETE', 'GET']);
  });

  it('lets allowedOrigins call with CORS, including the preflight', async () => {
    const app = 'https://app.example';
    const url = await startProxy({ allowedOrigins: [app] });
    const { token, session } = signIn();
    const preflight = await fetch(url, { method: 'OPTIONS', headers: { Origin: app, 'Access-Control-Request-Method': 'PUT' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    const activeAt = new Date(Date.now() + 60_000).toISOString();
    const put = await fetch(url, {
      method: 'PUT',
      headers: { Origin: app, 'Sec-Fetch-Site': 'cross-site', Cookie: `ST=${token}`, 'Content-Type': 'application/json' },
      body: putBody(session, { activeAt }),
    });
    expect(put.status).toBe(200);
    expect(put.headers.get('access-control-allow-origin')).toBe(app);
    expect(put.headers.get('access-control-allow-credentials')).toBe('true');
    const updated = (await put.json()) as { id: string; activeAt: string };
    expect(updated.id).toBe(session.id);
    expect(Date.parse(updated.activeAt)).toBeGreaterThan(Date.parse(session.activeAt ?? ''));
  });

  it('rejects a PUT body that is not a JSON object, and an oversized body, before calling PingOne', async () => {
    const url = await startProxy();
    const { token } = signIn();
    const bad = await fetch(url, { method: 'PUT', headers: browserHeaders(url, token), body: '[1,2]' });
    expect(bad.status).toBe(400);
    // Over toNodeHandler's 64 KiB limit: the rest of the body is drained, so the client reads a 413.
    const huge = await fetch(url, { method: 'PUT', headers: browserHeaders(url, token), body: 'x'.repeat(70_000) });
    expect(huge.status).toBe(413);
    // Over the proxy's own 16 KB limit but within the adapter's: refused by the proxy.
    const big = await fetch(url, { method: 'PUT', headers: browserHeaders(url, token), body: JSON.stringify({ pad: 'x'.repeat(20_000) }) });
    expect(big.status).toBe(400);
    expect(pingone.emulator.requests).toEqual([]);
  });

  it('strips Set-Cookie and hop-by-hop headers and redacts tokens PingOne echoes', async () => {
    const url = await startProxy({
      fetch: async (input, init) => {
        const upstream = await fetch(input, init);
        const headers = new Headers(upstream.headers);
        headers.append('Set-Cookie', 'ST=upstream; Path=/');
        headers.set('Connection', 'close, X-Hop');
        headers.set('X-Hop', 'per-connection');
        headers.set('Keep-Alive', 'timeout=99');
        headers.set('Correlation-Id', 'abc-123');
        return new Response(await upstream.text(), { status: upstream.status, headers });
      },
    });
    const { token } = signIn();
    pingone.emulator.fail({ body: 'echo-credentials' });
    const response = await fetch(url, { headers: browserHeaders(url, token) });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('x-hop')).toBeNull();
    // Node adds its own Keep-Alive for our connection; PingOne's must not come through.
    expect(response.headers.get('keep-alive')).not.toBe('timeout=99');
    expect(response.headers.get('correlation-id')).toBe('abc-123');
    expect(text).toContain('[redacted]');
    for (const secret of [token, ...bearers]) expect(text).not.toContain(secret);
  });

  it('answers 502 JSON when PingOne cannot be reached', async () => {
    const dead = await listen(() => undefined);
    await new Promise((resolve) => servers.pop()?.close(resolve));
    const url = await startProxy({ apiPath: `${dead}/v1` });
    const { token } = signIn();
    const response = await fetch(url, { headers: browserHeaders(url, token) });
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ code: 'UPSTREAM_UNREACHABLE' });
    expect(reported).not.toHaveLength(0);
  });

  it('answers 502 without the secret when the worker credentials are wrong, and 429 when the token endpoint limits', async () => {
    const wrong = createWorkerTokenSource({
      environmentId: pingone.emulator.environmentId,
      authPath: pingone.authPath,
      clientId: pingone.emulator.clientId,
      clientSecret: 'not-the-right-secret-value',
    });
    const url = await startProxy({ getAccessToken: wrong });
    const { token } = signIn();
    const response = await fetch(url, { headers: browserHeaders(url, token) });
    const text = await response.text();
    expect(response.status).toBe(502);
    expect(JSON.parse(text)).toMatchObject({ code: 'WORKER_TOKEN_FAILED' });
    const error = await Promise.resolve(wrong()).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/HTTP 401/);
    for (const where of [text, (error as Error).message, JSON.stringify(error)]) {
      expect(where).not.toContain('not-the-right-secret-value');
      expect(where).not.toContain(btoa(`${pingone.emulator.clientId}:not-the-right-secret-value`));
    }
    const limited = await startProxy();
    pingone.emulator.fail({ status: 429, retryAfter: '3', path: 'token' });
    const response429 = await fetch(limited, { headers: browserHeaders(limited, token) });
    expect(response429.status).toBe(429);
    expect(response429.headers.get('retry-after')).toBe('3');
  });
});

describe('worker token source', () => {
  it('shares one /as/token request among concurrent callers, proxied or direct', async () => {
    const url = await startProxy();
    const { token } = signIn();
    const responses = await Promise.all(Array.from({ length: 12 }, () => fetch(url, { headers: browserHeaders(url, token) })));
    expect(responses.map((r) => r.status)).toEqual(Array(12).fill(200));
    expect(tokenCalls()).toHaveLength(1);
    expect(sessionCalls()).toHaveLength(12);
  });

  it('caches until shortly before expires_in, then fetches a new token', async () => {
    let now = 1_000_000;
    const source = createWorkerTokenSource({
      environmentId: pingone.emulator.environmentId,
      authPath: pingone.authPath,
      clientId: pingone.emulator.clientId,
      clientSecret: pingone.emulator.clientSecret,
      now: () => now,
      refreshMarginMs: 30_000,
    });
    const first = await Promise.all([source(), source(), source()]);
    expect(new Set(first).size).toBe(1);
    now += 300_000 - 30_001; // lifetime 300 s, margin 30 s: still cached
    expect(await source()).toBe(first[0]);
    expect(tokenCalls()).toHaveLength(1);
    now += 2;
    const second = await source();
    expect(second).not.toBe(first[0]);
    expect(tokenCalls()).toHaveLength(2);
    // A refused token is replaced once; a caller that reports the old one again gets the new one.
    const third = await source({ rejected: second });
    expect(await source({ rejected: second })).toBe(third);
    expect(tokenCalls()).toHaveLength(3);
    for (const t of [...first, second, third]) bearers.add(t);
  });

  it('turns a bad token answer into typed errors: not JSON, and no answer in time', async () => {
    const source = (timeoutMs?: number) =>
      createWorkerTokenSource({
        environmentId: pingone.emulator.environmentId,
        authPath: pingone.authPath,
        clientId: pingone.emulator.clientId,
        clientSecret: pingone.emulator.clientSecret,
        timeoutMs,
      });
    pingone.emulator.fail({ body: 'malformed-json', path: 'token' });
    await expect(Promise.resolve(source()())).rejects.toBeInstanceOf(SessionResponseError);
    pingone.emulator.fail({ delayMs: 2_000, path: 'token' });
    await expect(Promise.resolve(source(100)())).rejects.toBeInstanceOf(SessionTimeoutError);
  });
});

describe('toNodeHandler', () => {
  it('answers a bare 500 when the handler throws, without the error text', async () => {
    const url = await listen(
      toNodeHandler(() => {
        throw new Error(`boom ${pingone.emulator.clientSecret}`);
      }),
    );
    const response = await fetch(url);
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(text).not.toContain('boom');
    expect(text).not.toContain(pingone.emulator.clientSecret);
  });

  it('passes method, headers, body and the full URL (with a mount path stripped by Connect) to the handler', async () => {
    let seen: { method: string; url: string; body: string; cookie: string | null } | undefined;
    const handler = toNodeHandler(async (request) => {
      seen = { method: request.method, url: request.url, body: await request.text(), cookie: request.headers.get('cookie') };
      return new Response(null, { status: 204, headers: { 'Set-Cookie': 'a=1', Date: 'Tue, 01 Jan 2030 00:00:00 GMT' } });
    });
    // What Connect/Express do for `use('/api/session', ...)`: strip the mount path, keep originalUrl.
    const url = await listen((req, res) => {
      Object.assign(req, { originalUrl: req.url, url: '/' });
      handler(req, res);
    });
    const response = await fetch(`${url}/api/session?x=1`, { method: 'PUT', headers: { Cookie: 'ST=abc' }, body: '{"a":1}' });
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toBe('a=1');
    expect(response.headers.get('date')).toBe('Tue, 01 Jan 2030 00:00:00 GMT');
    expect(seen).toEqual({ method: 'PUT', url: `${url}/api/session?x=1`, body: '{"a":1}', cookie: 'ST=abc' });
  });
});
