import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROBE_LEAD_MS } from '../../src/query/schedule';
import { advanceBy, advanceTo, fire, MINUTE, mountHook, SECOND, setupSession, T0 } from '../support/useCurrentSession';

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

  it('a revoked session is signed-out after one request, keeping nothing of it', async () => {
    const { config, count, emulator, token } = setupSession();
    const { state } = await mountHook(config);
    emulator.revoke(token);
    await advanceBy(MINUTE);
    await fire('focus');
    expect(count()).toBe(2);
    const s = state();
    expect(s.status).toBe('signed-out');
    expect(s.session).toBeUndefined();
    expect(s.status === 'signed-out' && s.reason).toBe('ended');
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

describe('6b. Retry-After outlives the retries', () => {
  const RETRY_AFTER = 120 * SECOND;

  /** A focus refetch answered 429 `Retry-After: 120` four times (the try and all three retries); returns when the last came. */
  async function spendRetries({ count, emulator, gets }: ReturnType<typeof setupSession>): Promise<number> {
    emulator.fail({ status: 429, retryAfter: '120', count: 4 });
    await fire('focus');
    expect(count()).toBe(2);
    await fire('focus'); // while React Query's retry waits: nothing more
    expect(count()).toBe(2);
    await advanceBy(3 * RETRY_AFTER + SECOND, SECOND);
    expect(gets().map((r) => r.status)).toEqual([200, 429, 429, 429, 429]);
    return gets()[4]!.at;
  }

  it('a focus event inside the window makes no request; after it, exactly one', async () => {
    const setup = setupSession();
    const { count, session } = setup;
    const { state } = await mountHook(setup.config);
    await advanceBy(MINUTE);
    const errorAt = await spendRetries(setup);
    expect(state().error?.kind).toBe('rate-limited');
    expect(state().session?.id).toBe(session.id);

    await advanceTo(errorAt + 31 * SECOND, SECOND); // past the 30 s cooldown, inside the 120 s window
    await fire('focus');
    await fire('online');
    await fire('pageshow');
    expect(count()).toBe(5);
    await advanceTo(errorAt + RETRY_AFTER - SECOND, SECOND);
    await fire('focus');
    expect(count()).toBe(5);

    await advanceTo(errorAt + RETRY_AFTER + SECOND, SECOND);
    await fire('focus');
    await fire('focus');
    expect(count()).toBe(6);
    expect(state().status).toBe('active');
    expect(state().error).toBeNull();
  });

  it("a checkpoint inside the window is deferred to the window's end, not dropped", async () => {
    const setup = setupSession();
    const { count, gets } = setup;
    const { state } = await mountHook(setup.config);
    const probeAt = T0 + 30 * MINUTE - 5 * MINUTE - PROBE_LEAD_MS;
    // The last retry's 429 lands 90 s before the probe, so its window ends 30 s after it (off
    // the watcher's 60 s heartbeat, which would otherwise take the probe by chance at +60 s).
    await advanceTo(probeAt - 90 * SECOND - 3 * RETRY_AFTER, SECOND);
    const windowEnd = (await spendRetries(setup)) + RETRY_AFTER;
    expect(windowEnd).toBe(probeAt + 30 * SECOND);

    await advanceTo(windowEnd - 1, SECOND);
    expect(count()).toBe(5); // the probe's instant passed inside the window: no request
    await advanceBy(1, 1);
    await advanceBy(SECOND, SECOND);
    expect(count()).toBe(6); // the timer was re-armed for the window's end
    expect(gets()[5]!.at).toBe(windowEnd);
    expect(state().status).toBe('active');
    expect(state().error).toBeNull();
    await advanceTo(T0 + 30 * MINUTE, SECOND); // up to the deadline: the probe was answered once
    expect(count()).toBe(6);
  });
});
