// @vitest-environment node
// The `timeoutMs` rule shared by fetchCurrentSession and the server helpers: a number of ms in
// (0, 2^31-1]. Timers fire a longer delay at once (Node warns and uses 1 ms), so before this
// rule `timeoutMs: 3e9` meant "time out immediately", over real HTTP to the emulator.
import { describe, expect, it } from 'vitest';
import { checkTimeoutMs, fetchCurrentSession, SessionConfigError, type FetchCurrentSessionOptions } from '../../src/session';
import { MAX_TIMER_DELAY_MS } from '../../src/time/clampDelay';
import { createSessionProxy, createWorkerTokenSource } from '../../src/server';
import { startEmulatorForFile } from '../support/emulator';

const emulatorServer = startEmulatorForFile();

function call(timeoutMs: number): FetchCurrentSessionOptions {
  const { token } = emulatorServer().emulator.createSession();
  const accessToken = emulatorServer().emulator.issueAccessToken();
  return {
    environmentId: emulatorServer().emulator.environmentId,
    apiPath: emulatorServer().apiPath,
    sessionToken: token,
    accessToken,
    timeoutMs,
  };
}

const TOO_LONG = [
  3e9,
  MAX_TIMER_DELAY_MS + 1,
  Infinity,
  Number.NaN,
  0,
  -1,
  'soon' as unknown as number,
  null as unknown as number,
];

describe('fetchCurrentSession timeoutMs', () => {
  it("refuses a timeout beyond setTimeout's limit before sending anything, instead of timing out at once", async () => {
    emulatorServer().emulator.fail({ delayMs: 100 });
    const error: unknown = await fetchCurrentSession(call(3e9)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SessionConfigError);
    expect((error as Error).message).toMatch(/^timeoutMs must be a positive number up to 2147483647$/);
    expect(emulatorServer().emulator.requests).toHaveLength(0);
  });

  it('accepts the largest delay a timer honours: a slow answer still arrives', async () => {
    emulatorServer().emulator.fail({ delayMs: 100 });
    const session = await fetchCurrentSession(call(MAX_TIMER_DELAY_MS));
    expect(session.id).toEqual(expect.any(String));
    expect(emulatorServer().emulator.requests.map((r) => r.status)).toEqual([200]);
  });

  it.each(TOO_LONG)('refuses %s', async (timeoutMs) => {
    await expect(fetchCurrentSession(call(timeoutMs))).rejects.toBeInstanceOf(SessionConfigError);
    expect(emulatorServer().emulator.requests).toHaveLength(0);
  });
});

describe('the same rule in the server helpers', () => {
  const emulator = () => emulatorServer().emulator;
  // Checked on first use (issue 12 point 3), so creating them never throws at import time.
  it.each(TOO_LONG)('createSessionProxy and createWorkerTokenSource refuse %s when first used', async (timeoutMs) => {
    const proxy = () =>
      createSessionProxy({
        environmentId: emulator().environmentId,
        apiPath: emulatorServer().apiPath,
        getAccessToken: () => 'x',
        timeoutMs,
        onError: () => undefined,
      });
    const source = () =>
      createWorkerTokenSource({
        environmentId: emulator().environmentId,
        authPath: emulatorServer().authPath,
        clientId: emulator().clientId,
        clientSecret: emulator().clientSecret,
        timeoutMs,
      });
    expect(proxy).not.toThrow();
    const answer = await proxy()(new Request('http://app.test/api/session', { headers: { Cookie: 'ST=abc' } }));
    expect(answer.status).toBe(500);
    expect(((await answer.json()) as { code: string }).code).toBe('PROXY_MISCONFIGURED');
    await expect(Promise.resolve(source()())).rejects.toBeInstanceOf(SessionConfigError);
  });

  it('default and maximum are accepted', () => {
    expect(checkTimeoutMs(undefined)).toBe(10_000);
    expect(checkTimeoutMs(MAX_TIMER_DELAY_MS)).toBe(MAX_TIMER_DELAY_MS);
    expect(() =>
      createSessionProxy({ environmentId: emulator().environmentId, getAccessToken: () => 'x', timeoutMs: MAX_TIMER_DELAY_MS }),
    ).not.toThrow();
  });
});
