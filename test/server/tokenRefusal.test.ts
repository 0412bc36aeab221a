// @vitest-environment node
// Issue 8 point 8: a 401 is told apart by the token's history (its age, and when PingOne last
// showed it works), never by PingOne's wording. Every 401 here carries the same neutral body.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { browserHeaders, setupProxyHarness } from '../support/serverHarness';

const h = setupProxyHarness();

afterAll(() => h.expectNoSecretCaptured());

/** PingOne's 401s, reworded to say nothing about what was refused. */
const neutral: typeof fetch = async (input, init) => {
  const upstream = await fetch(input, init);
  if (upstream.status !== 401) return upstream;
  return new Response(JSON.stringify({ id: 'x', code: 'ACCESS_FAILED', message: 'Denied.' }), {
    status: 401,
    headers: { 'Content-Type': 'application/json' },
  });
};

/** Lets the proxy's clock (Date) run ahead, so the token it holds is no longer fresh. */
function ageTokens(ms: number) {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
  vi.setSystemTime(Date.now() + ms);
}

const trace = () => h.pingone.emulator.requests.map((r) => `${r.path.endsWith('token') ? 'token' : 'me'} ${r.status}`);

describe('a 401 with a fresh or recently confirmed token is about the session; an older token is re-issued once (point 8)', () => {
  it('relays a 401 that comes with a token issued moments ago as "no session", without a new token', async () => {
    const { url } = await h.startProxy({ fetch: neutral });
    const { token } = h.signIn();
    h.pingone.emulator.fail({ status: 401 });
    const response = await fetch(url, { headers: browserHeaders(url, token) });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { code: string }).code).toBe('ACCESS_FAILED');
    expect(trace()).toEqual(['token 200', 'me 401']);
  });

  it('re-issues an older token once and retries when PingOne refuses it (revoked or expired early)', async () => {
    const { url } = await h.startProxy({ fetch: neutral });
    const { token, session } = h.signIn({ idleTimeoutInMinutes: 600 });
    expect((await fetch(url, { headers: browserHeaders(url, token) })).status).toBe(200);
    ageTokens(70_000);
    h.pingone.emulator.fail({ status: 401 });
    const response = await fetch(url, { headers: browserHeaders(url, token) });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { id: string }).id).toBe(session.id);
    expect(trace()).toEqual(['token 200', 'me 200', 'me 401', 'token 200', 'me 200']);
  });

  it('relays "no session" when the retry with the new token is refused too', async () => {
    const { url } = await h.startProxy({ fetch: neutral });
    const { token } = h.signIn();
    expect((await fetch(url, { headers: browserHeaders(url, token) })).status).toBe(200);
    ageTokens(70_000);
    h.pingone.emulator.fail({ status: 401, count: 2 });
    expect((await fetch(url, { headers: browserHeaders(url, token) })).status).toBe(401);
    expect(trace()).toEqual(['token 200', 'me 200', 'me 401', 'token 200', 'me 401']);
  });

  it('answers 502 when the re-issue fails, or gives back the refused token', async () => {
    const { url } = await h.startProxy({ fetch: neutral });
    const { token } = h.signIn();
    expect((await fetch(url, { headers: browserHeaders(url, token) })).status).toBe(200);
    ageTokens(70_000);
    h.pingone.emulator.fail({ status: 401 });
    h.pingone.emulator.fail({ status: 500, path: 'token' });
    const failed = await fetch(url, { headers: browserHeaders(url, token) });
    expect(failed.status).toBe(502);
    expect(((await failed.json()) as { code: string }).code).toBe('WORKER_TOKEN_FAILED');

    const stuck = await h.startProxy({ fetch: neutral, getAccessToken: () => 'the-same-old-token' });
    h.pingone.emulator.clearRequests();
    expect((await fetch(stuck.url, { headers: browserHeaders(stuck.url, token) })).status).toBe(401); // fresh: about the session
    ageTokens(70_000);
    const same = await fetch(stuck.url, { headers: browserHeaders(stuck.url, token) });
    expect(same.status).toBe(502);
    expect(((await same.json()) as { code: string }).code).toBe('WORKER_TOKEN_REJECTED');
    expect(trace()).toEqual(['me 401', 'me 401']);
  });

  it('dead sessions cannot make the proxy mint worker tokens: 10 requests 6 s apart cost one token, an empty quoted ST none', async () => {
    const { url } = await h.startProxy({ fetch: neutral });
    const { token } = h.signIn();
    h.pingone.emulator.fail({ status: 401, count: 10 }); // PingOne's answer for a dead session
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    for (let i = 0; i < 10; i += 1) {
      expect((await fetch(url, { headers: browserHeaders(url, token) })).status).toBe(401);
      vi.setSystemTime(Date.now() + 6_000);
    }
    expect(trace().filter((line) => line.startsWith('token'))).toEqual(['token 200']);
    h.pingone.emulator.clearRequests();
    const quoted = await fetch(url, { headers: { ...browserHeaders(url), Cookie: 'ST=""""' } });
    expect(quoted.status).toBe(401);
    expect(trace()).toEqual([]);
  });
});
