// @vitest-environment node
// createSessionProxy end to end: browser-like request -> session proxy (Node http via
// toNodeHandler) -> PingOne emulator, all over real HTTP on 127.0.0.1. The security points have
// their own files under test/server/ (csrf, headers, bodies, secrets, isolation, readOnly...).
import { afterAll, describe, expect, it } from 'vitest';
import { NoSessionError, RateLimitedError, SessionServerError, fetchCurrentSession } from '../../src/session';
import { browserHeaders, setupProxyHarness } from '../support/serverHarness';

const h = setupProxyHarness();

afterAll(() => {
  // Nothing the proxy answered, reported or logged may carry a secret.
  expect(h.bearers.size).toBeGreaterThan(0);
  h.expectNoSecretCaptured();
});

describe('session proxy over HTTP', () => {
  it("relays the session with bearer + ST, private no-store, nosniff, PingOne's Date and no cookies", async () => {
    const { url } = await h.startProxy();
    const { token, session } = h.signIn();
    const response = await h.read(await fetch(url, { headers: browserHeaders(url, token) }));
    expect(response.status).toBe(200);
    expect((JSON.parse(response.text) as { id: string }).id).toBe(session.id);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(Number.isFinite(Date.parse(response.headers.get('date') ?? ''))).toBe(true);
    expect(h.tokenCalls()).toHaveLength(1);
    expect(h.sessionCalls().map((r) => r.status)).toEqual([200]);
  });

  it("answers 401 in PingOne's shape without calling PingOne when there is no ST cookie", async () => {
    const { url } = await h.startProxy();
    const response = await fetch(url, { headers: browserHeaders(url, undefined, { Cookie: 'theme=dark' }) });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'ACCESS_FAILED', details: [{ code: 'INVALID_TOKEN' }] });
    expect(h.pingone.emulator.requests).toEqual([]);
    await expect(fetchCurrentSession({ url })).rejects.toBeInstanceOf(NoSessionError);
  });

  it('relays "no session" for an expired ST without refreshing the worker token', async () => {
    const { url } = await h.startProxy();
    const { token } = h.signIn();
    expect((await fetch(url, { headers: browserHeaders(url, token) })).status).toBe(200);
    h.pingone.emulator.expire(token);
    const error = await fetchCurrentSession({ url, sessionToken: token }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoSessionError);
    expect(h.tokenCalls()).toHaveLength(1);
    expect(h.sessionCalls().map((r) => r.status)).toEqual([200, expect.toBeOneOf([401, 404])]);
  });

  it.each([
    [500, undefined, 'UNEXPECTED_ERROR'],
    [503, '7', 'UNEXPECTED_ERROR'],
    [429, '7', 'REQUEST_LIMITED'],
  ])("relays PingOne's %i with its code and Retry-After %s, in the proxy's own words", async (status, retryAfter, code) => {
    const { url } = await h.startProxy();
    const { token } = h.signIn();
    h.pingone.emulator.fail({ status, ...(retryAfter ? { retryAfter } : {}) });
    const response = await h.read(await fetch(url, { headers: browserHeaders(url, token) }));
    expect(response.status).toBe(status);
    expect(response.headers.get('retry-after')).toBe(retryAfter ?? null);
    const body = JSON.parse(response.text) as { code: string; message: string };
    expect(body.code).toBe(code);
    expect(body.message).not.toContain('The request could not be completed'); // PingOne's wording stays upstream
    h.pingone.emulator.fail({ status, ...(retryAfter ? { retryAfter } : {}) });
    const error = await fetchCurrentSession({ url, sessionToken: token }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(status === 429 ? RateLimitedError : SessionServerError);
    expect((error as RateLimitedError).retryAfterMs).toBe(retryAfter ? 7_000 : undefined);
  });

  it('lets allowedOrigins call with CORS, including the preflight, for the operations enabled', async () => {
    const app = 'https://app.example';
    const { url } = await h.startProxy({ allowedOrigins: [app], operations: { extend: true } });
    const { token, session } = h.signIn({ activeAt: new Date(Date.now() - 60_000).toISOString() });
    const preflight = await fetch(url, { method: 'OPTIONS', headers: { Origin: app, 'Access-Control-Request-Method': 'PUT' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, PUT');
    const put = await fetch(url, {
      method: 'PUT',
      headers: { Origin: app, 'Sec-Fetch-Site': 'cross-site', Cookie: `ST=${token}` },
    });
    expect(put.status).toBe(200);
    expect(put.headers.get('access-control-allow-origin')).toBe(app);
    expect(put.headers.get('access-control-allow-credentials')).toBe('true');
    const updated = (await put.json()) as { id: string; activeAt: string };
    expect(updated.id).toBe(session.id);
    expect(Date.parse(updated.activeAt)).toBeGreaterThan(Date.parse(session.activeAt ?? ''));
  });

  it("answers 502 JSON when PingOne cannot be reached, and tells onError without the URL's path", async () => {
    const dead = await h.listen(() => undefined);
    await new Promise((resolve) => dead.server.close(resolve));
    const { url } = await h.startProxy({ apiPath: `${dead.origin}/v1?st=query-secret-value` });
    const { token } = h.signIn();
    const response = await fetch(url, { headers: browserHeaders(url, token) });
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ code: 'UPSTREAM_UNREACHABLE' });
    expect(h.reported).toHaveLength(1);
    expect(String((h.reported[0] as Error).message)).not.toContain('query-secret-value');
  });

  it('answers 502 without the secret when the worker credentials are wrong, and 429 when the token endpoint limits', async () => {
    const wrong = h.tokenSource({ clientSecret: 'not-the-right-secret-value' });
    const { url } = await h.startProxy({ getAccessToken: wrong });
    const { token } = h.signIn();
    const response = await h.read(await fetch(url, { headers: browserHeaders(url, token) }));
    expect(response.status).toBe(502);
    expect(JSON.parse(response.text)).toMatchObject({ code: 'WORKER_TOKEN_FAILED' });
    const error = await Promise.resolve(wrong()).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/HTTP 401 invalid_client/);
    for (const where of [response.text, (error as Error).message, JSON.stringify(error)]) {
      expect(where).not.toContain('not-the-right-secret-value');
      expect(where).not.toContain(btoa(`${h.pingone.emulator.clientId}:not-the-right-secret-value`));
    }
    const limited = await h.startProxy();
    h.pingone.emulator.fail({ status: 429, retryAfter: '3', path: 'token' });
    const response429 = await fetch(limited.url, { headers: browserHeaders(limited.url, token) });
    expect(response429.status).toBe(429);
    expect(response429.headers.get('retry-after')).toBe('3');
  });
});
