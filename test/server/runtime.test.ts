// @vitest-environment node
// Issue 12 point 4: the proxy, the token source and the fetcher work in a fetch-standard runtime
// without AbortSignal.any / AbortSignal.timeout (older edge runtimes): they are deleted here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionTimeoutError, fetchCurrentSession } from '../../src/session';
import { browserHeaders, setupProxyHarness } from '../support/serverHarness';

const h = setupProxyHarness();
const saved = { any: AbortSignal.any, timeout: AbortSignal.timeout };

beforeAll(() => {
  Reflect.deleteProperty(AbortSignal, 'any');
  Reflect.deleteProperty(AbortSignal, 'timeout');
});
afterAll(() => {
  Object.assign(AbortSignal, saved);
  h.expectNoSecretCaptured();
});

describe('without AbortSignal.any / AbortSignal.timeout (issue 12 point 4)', () => {
  it('they really are gone in this file', () => {
    expect('any' in AbortSignal).toBe(false);
    expect('timeout' in AbortSignal).toBe(false);
  });

  it('the proxy and token source answer a request, and the fetcher reads it', async () => {
    const { url } = await h.startProxy();
    const { token, session } = h.signIn();
    const response = await fetch(url, { headers: browserHeaders(url, token) });
    expect(response.status).toBe(200);
    await expect(fetchCurrentSession({ url, sessionToken: token })).resolves.toMatchObject({ id: session.id });
    expect(h.reported).toEqual([]);
  });

  it('the deadlines still work: proxy 504, token source and fetcher time out', async () => {
    const { url } = await h.startProxy({ timeoutMs: 300 });
    const { token } = h.signIn();
    h.pingone.emulator.fail({ delayMs: 2_000 });
    expect((await fetch(url, { headers: browserHeaders(url, token) })).status).toBe(504);
    h.pingone.emulator.fail({ delayMs: 2_000, path: 'token' });
    await expect(Promise.resolve(h.tokenSource({ timeoutMs: 200 })())).rejects.toBeInstanceOf(SessionTimeoutError);
    h.pingone.emulator.fail({ delayMs: 2_000 });
    await expect(
      fetchCurrentSession({
        url: `${h.pingone.apiPath}/environments/${h.pingone.emulator.environmentId}/sessions/me`,
        sessionToken: token,
        accessToken: h.pingone.emulator.issueAccessToken(),
        timeoutMs: 200,
      }),
    ).rejects.toBeInstanceOf(SessionTimeoutError);
  });
});
