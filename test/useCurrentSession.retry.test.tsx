import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { advanceBy, fire, MINUTE, mountHook, SECOND, setupSession, T0 } from './useCurrentSession.helpers';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
  // Deterministic jitter: the midpoint of each backoff window.
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('6. retries', () => {
  it.each([
    [401, 'signed-out'],
    [404, 'signed-out'],
    [403, 'error'],
    [400, 'error'],
  ] as const)('does not retry HTTP %i (status %s)', async (status, expected) => {
    const { config, count, emulator } = setupSession();
    emulator.fail({ status, count: 5 });
    const { state } = await mountHook(config);
    expect(state().status).toBe(expected);
    expect(state().session).toBeUndefined();
    await advanceBy(10 * MINUTE);
    expect(count()).toBe(1);
  });

  it('a revoked session is signed-out after one request, keeping the last good session', async () => {
    const { config, count, emulator, token, session } = setupSession();
    const { state } = await mountHook(config);
    emulator.revoke(token);
    await advanceBy(MINUTE);
    await fire('focus');
    expect(count()).toBe(2);
    const s = state();
    expect(s.status).toBe('signed-out');
    expect(s.session?.id).toBe(session.id);
    expect(s.error?.kind).toBe('no-session');
    await advanceBy(2 * 60 * MINUTE);
    expect(count()).toBe(2); // nothing left to check: no checkpoints for a signed-out session
  });

  it('429 waits for Retry-After before retrying', async () => {
    const { config, count, emulator } = setupSession();
    emulator.fail({ status: 429, retryAfter: '7' });
    const { state } = await mountHook(config);
    expect(count()).toBe(1);
    expect(state().status).toBe('pending');
    await advanceBy(6900, 100);
    expect(count()).toBe(1);
    await advanceBy(200, 100);
    expect(count()).toBe(2);
    expect(state().status).toBe('active');
  });

  it('5xx backs off exponentially (1 s, 2 s windows with jitter) and then succeeds', async () => {
    const { config, count, emulator } = setupSession();
    emulator.fail({ status: 500, count: 2 });
    const { state } = await mountHook(config);
    expect(count()).toBe(1);
    await advanceBy(749, 1);
    expect(count()).toBe(1);
    await advanceBy(2, 1);
    expect(count()).toBe(2); // 0.5..1 s window, 0.75 s with this jitter
    await advanceBy(1498, 1);
    expect(count()).toBe(2);
    await advanceBy(2, 1);
    expect(count()).toBe(3); // 1..2 s window
    expect(state().status).toBe('active');
  });

  it('network failures retry a bounded number of times and keep the last good session', async () => {
    const { config, network, session } = setupSession();
    const { state } = await mountHook(config);
    await advanceBy(MINUTE);
    network.up = false;
    await fire('focus');
    await advanceBy(30 * SECOND, 100);
    expect(network.attempts).toBe(1 + 1 + 3); // mount, the focus refetch and three retries
    const s = state();
    expect(s.status).toBe('active');
    expect(s.isStale).toBe(true);
    expect(s.session?.id).toBe(session.id);
    expect(s.error?.kind).toBe('network');
    await advanceBy(10 * MINUTE);
    expect(network.attempts).toBe(5);
  });

  it('a timeout is retried after backoff', async () => {
    const { config, network, emulator } = setupSession();
    emulator.fail({ delayMs: 5000 });
    const { state } = await mountHook({ ...config, timeoutMs: 2000 });
    expect(network.attempts).toBe(1);
    await advanceBy(2000 + 740, 10); // timed out at 2 s; the retry waits 0.75 s
    expect(network.attempts).toBe(1);
    expect(state().status).toBe('pending');
    await advanceBy(20, 10);
    expect(network.attempts).toBe(2);
    expect(state().status).toBe('active');
    expect(state().error).toBeNull();
  });
});
