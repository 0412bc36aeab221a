// @vitest-environment jsdom
// In a browser context (jsdom): tokens are refused, relative same-origin URLs work, and the
// emulator's in-process fetch stands in for "our proxy in front of PingOne".
import { describe, expect, it } from 'vitest';
import { fetchCurrentSession, SessionConfigError } from '../../src/session';
import { createPingOneEmulator } from '../../src/testing';

describe('fetchCurrentSession in a browser context', () => {
  it('refuses a sessionToken with a config error and sends nothing', async () => {
    const emulator = createPingOneEmulator();
    const { token } = emulator.createSession();
    const error = await fetchCurrentSession({ url: '/api/session', sessionToken: token, fetch: emulator.fetchAs(token) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SessionConfigError);
    expect(error).toMatchObject({ kind: 'config' });
    expect(String(error)).not.toContain(token);
    expect(emulator.requests).toHaveLength(0);
  });

  it('calls a relative same-origin route with credentials and gets the session', async () => {
    const emulator = createPingOneEmulator();
    const { token, session } = emulator.createSession();
    const calls: { url: string; credentials: RequestCredentials | undefined }[] = [];
    const viaProxy = emulator.fetchAs(token);
    const result = await fetchCurrentSession({
      url: '/api/session',
      fetch: (input, init) => {
        calls.push({ url: input instanceof Request ? input.url : input.toString(), credentials: init?.credentials });
        return viaProxy(input, init);
      },
    });
    expect(result).toEqual(session);
    expect(calls).toEqual([{ url: new URL('/api/session', location.href).href, credentials: 'include' }]);
  });

  it('times out against a slow proxy (jsdom abort signals reach the emulator)', async () => {
    const emulator = createPingOneEmulator();
    const { token } = emulator.createSession();
    emulator.fail({ delayMs: 1000 });
    const error = await fetchCurrentSession({ url: '/api/session', fetch: emulator.fetchAs(token), timeoutMs: 30 }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: 'timeout' });
  });
});
