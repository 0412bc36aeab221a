// @vitest-environment node
// createWorkerTokenSource. Issue 8 point 7 (review F8) and issue 10's token-endpoint bullet: worker
// tokens that degrade gracefully, one deadline for the whole answer, both client authentication
// methods; caching and sharing one request.
import { afterAll, describe, expect, it } from 'vitest';
import { createSessionProxy, createWorkerTokenSource, toNodeHandler } from '../../src/server';
import { SessionResponseError, SessionTimeoutError } from '../../src/session';
import { startPingOneEmulator } from '../../src/testing';
import { browserHeaders, setupProxyHarness } from '../support/serverHarness';

const h = setupProxyHarness();

afterAll(() => h.expectNoSecretCaptured());

async function sequential(url: string, token: string, count: number) {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) statuses.push((await fetch(url, { headers: browserHeaders(url, token) })).status);
  return statuses;
}

describe('failures are cached briefly, with backoff (point 7)', () => {
  it('20 requests with a wrong secret cause at most a few token requests, not 20', async () => {
    const { url } = await h.startProxy({ getAccessToken: h.tokenSource({ clientSecret: 'wrong-secret-value-123' }) });
    const { token } = h.signIn();
    const statuses = await sequential(url, token, 20);
    expect(statuses).toEqual(Array(20).fill(502));
    process.stdout.write(`\nwrong secret: 20 requests -> ${h.tokenCalls().length} token request(s)\n`);
    expect(h.tokenCalls().length).toBeLessThanOrEqual(2);
  });

  it("honours the token endpoint's Retry-After: 5 requests during a 30 s limit make one token request", async () => {
    const { url } = await h.startProxy();
    const { token } = h.signIn();
    h.pingone.emulator.fail({ status: 429, retryAfter: '30', path: 'token', count: 5 });
    const responses = [];
    for (let i = 0; i < 5; i += 1) responses.push(await fetch(url, { headers: browserHeaders(url, token) }));
    expect(responses.map((r) => r.status)).toEqual(Array(5).fill(429));
    expect(responses[0]?.headers.get('retry-after')).toBe('30');
    expect(h.tokenCalls()).toHaveLength(1);
  });

  it('recovers after the backoff: a later call makes a new request and succeeds', async () => {
    let now = 1_000_000;
    const source = h.tokenSource({ now: () => now });
    h.pingone.emulator.fail({ status: 500, path: 'token' });
    await expect(Promise.resolve(source())).rejects.toThrow(/HTTP 500/);
    await expect(Promise.resolve(source())).rejects.toThrow(/HTTP 500/);
    expect(h.tokenCalls()).toHaveLength(1);
    now += 1_001;
    h.bearers.add(await source());
    expect(h.tokenCalls()).toHaveLength(2);
  });

  it('accepts expires_in as a numeric string and caches the token (5 calls, 1 request)', async () => {
    const source = h.tokenSource({
      fetch: async (input, init) => {
        const upstream = await fetch(input, init);
        const body = (await upstream.json()) as Record<string, unknown>;
        return Response.json({ ...body, expires_in: String(body.expires_in) }, { status: upstream.status });
      },
    });
    const tokens = [];
    for (let i = 0; i < 5; i += 1) tokens.push(await source());
    tokens.forEach((t) => h.bearers.add(t));
    expect(new Set(tokens).size).toBe(1);
    expect(h.tokenCalls()).toHaveLength(1);
  });
});

describe('one deadline for the whole answer (point 7)', () => {
  it('timeoutMs 1000 answers within ~1.2 s when the token endpoint and PingOne are each slow', async () => {
    const { url } = await h.startProxy({ timeoutMs: 1_000 });
    const { token } = h.signIn();
    h.pingone.emulator.fail({ delayMs: 700, path: 'token' });
    h.pingone.emulator.fail({ delayMs: 700 });
    const start = Date.now();
    const response = await fetch(url, { headers: browserHeaders(url, token) });
    const took = Date.now() - start;
    expect(response.status).toBe(504);
    expect(took).toBeGreaterThanOrEqual(950);
    expect(took).toBeLessThan(1_300);
  });

  it('cuts off a getAccessToken that never settles', async () => {
    const { url } = await h.startProxy({ timeoutMs: 1_000, getAccessToken: () => new Promise<string>(() => undefined) });
    const { token } = h.signIn();
    const start = Date.now();
    const response = await fetch(url, { headers: browserHeaders(url, token) });
    expect(response.status).toBe(504);
    expect(Date.now() - start).toBeLessThan(1_300);
    // (The previous test's cut-off request may still be logged; only this test's count.)
    expect(h.sessionCalls().filter((r) => r.at >= start)).toEqual([]);
  });
});

describe('token endpoint authentication method (point 7, issue 10 point 6)', () => {
  it('uses client_secret_post when the app is set to it, and a mismatch is a 401 invalid_client that names the method and endpoint', async () => {
    const postApp = await startPingOneEmulator({ tokenEndpointAuthMethod: 'client_secret_post' });
    try {
      const options = {
        environmentId: postApp.emulator.environmentId,
        authPath: postApp.authPath,
        clientId: postApp.emulator.clientId,
        clientSecret: postApp.emulator.clientSecret,
      };
      const basic = createWorkerTokenSource(options);
      const error = (await Promise.resolve(basic()).catch((e: unknown) => e)) as Error;
      expect(error.message).toContain(`${postApp.authPath}/${postApp.emulator.environmentId}/as/token (client_secret_basic)`);
      expect(error.message).toContain('HTTP 401 invalid_client');
      expect(error.message).toContain('tokenEndpointAuthMethod');
      expect(error.message).not.toContain(postApp.emulator.clientSecret);

      const post = createWorkerTokenSource({ ...options, tokenEndpointAuthMethod: 'client_secret_post' });
      const proxy = createSessionProxy({
        environmentId: postApp.emulator.environmentId,
        apiPath: postApp.apiPath,
        getAccessToken: post,
      });
      const { origin } = await h.listen(toNodeHandler(proxy));
      const { token } = postApp.emulator.createSession();
      h.sessionTokens.add(token);
      const url = `${origin}/api/session`;
      expect((await fetch(url, { headers: browserHeaders(url, token) })).status).toBe(200);
      expect(postApp.emulator.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 401', 'POST 200', 'GET 200']);
    } finally {
      await postApp.close();
    }
  });
});

describe('worker token source', () => {
  it('shares one /as/token request among concurrent callers', async () => {
    const { url } = await h.startProxy();
    const { token } = h.signIn();
    const responses = await Promise.all(Array.from({ length: 12 }, () => fetch(url, { headers: browserHeaders(url, token) })));
    expect(responses.map((r) => r.status)).toEqual(Array(12).fill(200));
    expect(h.tokenCalls()).toHaveLength(1);
    expect(h.sessionCalls()).toHaveLength(12);
  });

  it('caches until shortly before expires_in, then fetches a new token', async () => {
    let now = 1_000_000;
    const source = h.tokenSource({ now: () => now, refreshMarginMs: 30_000 });
    const first = await Promise.all([source(), source(), source()]);
    expect(new Set(first).size).toBe(1);
    now += 300_000 - 30_001; // lifetime 300 s, margin 30 s: still cached
    expect(await source()).toBe(first[0]);
    expect(h.tokenCalls()).toHaveLength(1);
    now += 2;
    const second = await source();
    expect(second).not.toBe(first[0]);
    expect(h.tokenCalls()).toHaveLength(2);
    // A refused token is replaced once; a caller that reports the old one again gets the new one.
    const third = await source({ rejected: second });
    expect(await source({ rejected: second })).toBe(third);
    expect(h.tokenCalls()).toHaveLength(3);
    for (const t of [...first, second, third]) h.bearers.add(t);
  });

  it('turns a bad token answer into typed errors: not JSON, and no answer in time', async () => {
    h.pingone.emulator.fail({ body: 'malformed-json', path: 'token' });
    await expect(Promise.resolve(h.tokenSource()())).rejects.toBeInstanceOf(SessionResponseError);
    h.pingone.emulator.fail({ delayMs: 2_000, path: 'token' });
    await expect(Promise.resolve(h.tokenSource({ timeoutMs: 100 })())).rejects.toBeInstanceOf(SessionTimeoutError);
  });
});
