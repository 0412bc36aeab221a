// @vitest-environment node
// Issue 12 point 3: configuration is checked when it is used. Creating the proxy and the token
// source with missing values never throws; the first request gets a 500 JSON config error and
// the server log one line naming the option; wrong values point at the right thing.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createSessionProxy, createWorkerTokenSource, toNodeHandler } from '../../src/server';
import { browserHeaders, setupProxyHarness } from '../support/serverHarness';

const h = setupProxyHarness();

afterAll(() => h.expectNoSecretCaptured());

const env: Record<string, string | undefined> = {}; // an empty process.env, as in `next build` without secrets

async function serve(proxy: (request: Request) => Promise<Response>) {
  const { origin } = await h.listen(toNodeHandler(proxy));
  return `${origin}/api/session`;
}

describe('configuration is checked when it is used (issue 12 point 3)', () => {
  it('creating the README route with no PINGONE_* variables does not throw; requests get 500 JSON and one log line per problem', async () => {
    const create = () => {
      const getAccessToken = createWorkerTokenSource({
        environmentId: env.PINGONE_ENVIRONMENT_ID,
        clientId: env.PINGONE_CLIENT_ID,
        clientSecret: env.PINGONE_CLIENT_SECRET,
      });
      return createSessionProxy({ environmentId: env.PINGONE_ENVIRONMENT_ID, getAccessToken });
    };
    expect(create).not.toThrow();
    const url = await serve(create());
    const { token } = h.signIn();
    for (let i = 0; i < 3; i += 1) {
      const response = await fetch(url, { headers: browserHeaders(url, token) });
      expect(response.status).toBe(500);
      expect(await response.json()).toMatchObject({ code: 'PROXY_MISCONFIGURED' });
    }
    const errors = vi.mocked(console.error).mock.calls.map((call) => String(call[0]));
    expect(errors).toEqual(['[pingone-session-react] createSessionProxy: environmentId is not set (PINGONE_ENVIRONMENT_ID?)']);
    expect(h.pingone.emulator.requests).toEqual([]);
  });

  it('names the missing token-source option (clientSecret) through onError, once', async () => {
    const onError = vi.fn();
    const getAccessToken = createWorkerTokenSource({
      environmentId: h.pingone.emulator.environmentId,
      authPath: h.pingone.authPath,
      clientId: h.pingone.emulator.clientId,
      clientSecret: env.PINGONE_CLIENT_SECRET,
    });
    const url = await serve(
      createSessionProxy({
        environmentId: h.pingone.emulator.environmentId,
        apiPath: h.pingone.apiPath,
        getAccessToken,
        onError,
      }),
    );
    const { token } = h.signIn();
    expect((await fetch(url, { headers: browserHeaders(url, token) })).status).toBe(500);
    expect((await fetch(url, { headers: browserHeaders(url, token) })).status).toBe(500);
    expect(onError.mock.calls.map((call) => (call[0] as Error).message)).toEqual([
      'createWorkerTokenSource: clientSecret is not set (PINGONE_CLIENT_SECRET?)',
    ]);
    expect(h.pingone.emulator.requests).toEqual([]);
  });

  it('says a malformed value is malformed without printing it', async () => {
    const onError = vi.fn();
    const proxy = createSessionProxy({ environmentId: 'abc def/../other', getAccessToken: () => 'x', onError });
    const url = await serve(proxy);
    expect((await fetch(url)).status).toBe(500);
    const message = (onError.mock.calls[0]?.[0] as Error).message;
    expect(message).toBe('createSessionProxy: environmentId must be a PingOne environment id (letters, digits and dashes)');
    const secretInWrongPlace = createWorkerTokenSource({
      environmentId: 'env',
      clientId: 'id',
      clientSecret: 'tab\tsecret-value',
    });
    const error = (await Promise.resolve(secretInWrongPlace()).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe('createWorkerTokenSource: clientSecret must be printable characters');
  });

  it('a wrong environment id points at environmentId and region, not at the client id, secret and grant type', async () => {
    const onError = vi.fn();
    const getAccessToken = h.tokenSource({ environmentId: '00000000-0000-4000-8000-000000000000' });
    const url = await serve(
      createSessionProxy({
        environmentId: h.pingone.emulator.environmentId,
        apiPath: h.pingone.apiPath,
        getAccessToken,
        onError,
      }),
    );
    const { token } = h.signIn();
    const response = await fetch(url, { headers: browserHeaders(url, token) });
    expect(response.status).toBe(502);
    const message = (onError.mock.calls[0]?.[0] as Error).message;
    expect(message).toContain('HTTP 404');
    expect(message).toContain('check environmentId and region (or authPath)');
    expect(message).not.toMatch(/clientId|clientSecret|client id|grant type/i);
  });
});
