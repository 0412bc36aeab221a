import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TIMER_DELAY_MS } from '../../src/time/clampDelay';
import { CONFIRM_GRACE_MS, PROBE_LEAD_MS } from '../../src/query/schedule';
import { WATCH_HEARTBEAT_MS } from '../../src/query/sessionWatcher';
import { advanceBy, advanceTo, HOUR, MINUTE, mountHook, SECOND, setupSession, T0 } from '../support/useCurrentSession';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('1. one request on mount', () => {
  it('makes exactly one request for one component', async () => {
    const { config, count } = setupSession();
    const { state } = await mountHook(config);
    expect(state().status).toBe('active');
    expect(count()).toBe(1);
  });

  it('makes exactly one request for ten components with the same config', async () => {
    const { config, count, session } = setupSession();
    const { getAllByText, state } = await mountHook(config, 10);
    expect(getAllByText('active')).toHaveLength(10);
    expect(state().session?.id).toBe(session.id);
    expect(count()).toBe(1);
    await advanceBy(10 * MINUTE);
    expect(count()).toBe(1);
  });
});

describe('2. checkpoints, not polling', () => {
  it('asks nothing while valid, probes before the warning, follows slid deadlines, confirms after the end', async () => {
    const { config, count, emulator, token } = setupSession();
    const { state, statuses } = await mountHook(config);
    const D = T0 + 30 * MINUTE;
    const probeAt = (deadline: number) => deadline - 5 * MINUTE - PROBE_LEAD_MS;
    expect(state().deadlines?.effectiveExpiresAt).toBe(D);

    await advanceTo(T0 + 10 * MINUTE);
    emulator.touch(token); // the user is active in another app of the same SSO session
    await advanceTo(probeAt(D) - SECOND);
    expect(count()).toBe(1); // nothing can have changed that we would act on: no request

    await advanceTo(probeAt(D) + SECOND, SECOND);
    expect(count()).toBe(2); // the probe
    const D2 = T0 + 40 * MINUTE;
    expect(state().deadlines?.effectiveExpiresAt).toBe(D2);
    expect(state().status).toBe('active');

    // The schedule follows the new deadlines: the next probe is before D2's warning.
    await advanceTo(probeAt(D2) - SECOND);
    expect(count()).toBe(2);
    await advanceTo(probeAt(D2) + SECOND, SECOND);
    expect(count()).toBe(3);
    await advanceTo(D2 + CONFIRM_GRACE_MS - SECOND, SECOND);
    expect(count()).toBe(3);
    expect(state().status).toBe('expired');
    await advanceTo(D2 + CONFIRM_GRACE_MS + SECOND, SECOND);
    expect(count()).toBe(4); // the confirmation
    expect(state().status).toBe('signed-out');

    await advanceBy(24 * HOUR, 10 * MINUTE);
    expect(count()).toBe(4);
    expect(statuses).toEqual(['pending', 'active', 'expired', 'signed-out']);
  });

  it('a session fetched inside its warning window or past its deadline does not refetch in a loop', async () => {
    const { config, count } = setupSession({ session: { activeAt: new Date(T0 - 27 * MINUTE).toISOString() } });
    const { state } = await mountHook(config);
    expect(state().status).toBe('active');
    await advanceBy(2 * MINUTE, SECOND);
    expect(count()).toBe(1); // the probe point had passed before we fetched: nothing to probe
    await advanceBy(2 * MINUTE, SECOND);
    expect(count()).toBe(2); // only the confirmation, after the deadline
    await advanceBy(HOUR);
    expect(count()).toBe(2);
  });
});

describe('3. the seed fixture: 72000-minute idle timeout', () => {
  it('makes exactly one request in a simulated 24 hours: one 60 s heartbeat a minute, no refire loop', async () => {
    // PingOne's reference example: activeAt before createdAt, 50-day idle (> 2^31-1 ms away).
    vi.setSystemTime(Date.parse('2022-10-05T00:00:00.000Z'));
    const { config, count, emulator } = setupSession({
      idleTimeoutInMinutes: 72000,
      session: {
        createdAt: '2022-10-04T16:34:14.685Z',
        activeAt: '2022-10-04T01:21:30.117Z',
        idleTimeoutInMinutes: 72000,
        expiresAt: '2022-11-23T01:21:30.117Z',
      },
    });
    const { state } = await mountHook(config);
    expect(state().status).toBe('active');
    expect(state().deadlines!.effectiveExpiresAt! - Date.now()).toBeGreaterThan(MAX_TIMER_DELAY_MS);
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    await advanceBy(24 * HOUR, 30 * MINUTE);
    expect(count()).toBe(1);
    expect(emulator.requests).toHaveLength(1);
    expect(state().status).toBe('active');
    // Exactly one timer per minute, each exactly WATCH_HEARTBEAT_MS: a timer aimed at the deadline
    // (clamped or not) would show another delay, a missing re-arm fewer timers, a loop more.
    const delays = setTimeoutSpy.mock.calls.map((call) => call[1]);
    expect(delays).toEqual(Array.from({ length: (24 * HOUR) / WATCH_HEARTBEAT_MS }, () => WATCH_HEARTBEAT_MS));
    expect(vi.getTimerCount()).toBe(1);
  });

  it('a 30-day Retry-After is not slept through: rate-limited error at once, no timer beyond the heartbeat, no request for 24 h', async () => {
    const { config, count, emulator } = setupSession();
    emulator.fail({ status: 429, retryAfter: String(30 * 24 * 3600) }); // 30 days
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const { state } = await mountHook(config);
    // Not `pending` for 30 days: the retries stop and the state says why (Refresh stays usable).
    expect(state().status).toBe('error');
    expect(state().error?.kind).toBe('rate-limited');
    expect((state().error as { retryAfterMs?: number }).retryAfterMs).toBe(30 * 24 * 3600 * 1000);
    expect(state().isFetching).toBe(false);
    // No retry timer at all (neither 30 days clamped to 2^31-1 ms nor unclamped, firing at once).
    expect(setTimeoutSpy.mock.calls.map((call) => call[1]).filter((d) => d! > WATCH_HEARTBEAT_MS)).toEqual([]);
    expect(MAX_TIMER_DELAY_MS).toBeLessThan(30 * 24 * 3600 * 1000);
    await advanceBy(24 * HOUR, 30 * MINUTE);
    expect(count()).toBe(1);
  });
});
