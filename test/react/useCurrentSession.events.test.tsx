import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONFIRM_GRACE_MS, PROBE_LEAD_MS } from '../../src/query/schedule';
import { advanceBy, advanceTo, fire, HOUR, MINUTE, mountHook, SECOND, setupSession, T0 } from '../support/useCurrentSession';
import { resetVisibility, setVisibility, settle } from '../support/utils';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => {
  resetVisibility();
  vi.useRealTimers();
});

const D = T0 + 30 * MINUTE;

describe('4. expiry at the deadline instant, from the clock', () => {
  it('turns expired at the deadline with the network down, then signed-out once the confirmation gets through', async () => {
    const { config, count, network, session } = setupSession();
    const { state } = await mountHook(config, 3);
    network.up = false;
    await advanceTo(D - 1);
    expect(state().status).toBe('active'); // the probe failed offline: last good session kept
    expect(state().isStale).toBe(true);
    expect(state().error?.kind).toBe('network');
    await advanceBy(1, 1);
    expect(state().status).toBe('expired'); // at that instant, no request needed
    expect(state().session?.id).toBe(session.id); // the expired session is still shown

    await advanceTo(D + CONFIRM_GRACE_MS + 20 * SECOND, SECOND);
    expect(state().status).toBe('expired'); // the confirmation failed too: still expired, not signed-out
    const before = count();
    network.up = true;
    await fire('online');
    expect(count()).toBe(before + 1);
    expect(state().status).toBe('signed-out');
    expect(state().error?.kind).toBe('no-session');
  });

  it('the confirming refetch gives active with the new deadlines when activity slid them', async () => {
    const { config, count, emulator, token } = setupSession({ session: {} });
    const { state, statuses } = await mountHook(config, 1);
    await advanceTo(D - 5 * MINUTE - PROBE_LEAD_MS + SECOND, SECOND);
    expect(count()).toBe(2); // probe: no activity yet
    await advanceTo(D - 2 * SECOND, SECOND);
    emulator.touch(token, D - 2 * SECOND); // activity elsewhere just before the end
    await advanceTo(D, 1);
    expect(state().status).toBe('expired'); // our data says so until we confirm
    await advanceTo(D + CONFIRM_GRACE_MS + SECOND, SECOND);
    expect(count()).toBe(3);
    expect(state().status).toBe('active');
    expect(state().deadlines?.effectiveExpiresAt).toBe(D - 2 * SECOND + 30 * MINUTE);
    expect(statuses).toEqual(['pending', 'active', 'expired', 'active']);
  });
});

describe('5. focus, visibility, online, pageshow, clock jumps', () => {
  it('twenty focus events in ten seconds make at most one request', async () => {
    const { config, count } = setupSession();
    await mountHook(config, 5);
    await advanceBy(MINUTE);
    for (let i = 0; i < 20; i++) {
      await fire('focus');
      await advanceBy(500, 500);
    }
    expect(count()).toBe(2);
  });

  it('does not refetch on focus, online or pageshow while the data is younger than the cooldown', async () => {
    const { config, count } = setupSession();
    await mountHook(config);
    await advanceBy(20 * SECOND, SECOND);
    await fire('focus');
    await fire('online');
    await fire('pageshow');
    act(() => setVisibility('visible'));
    await settle();
    expect(count()).toBe(1);
    await advanceBy(15 * SECOND, SECOND);
    await fire('pageshow'); // 35 s old now
    expect(count()).toBe(2);
  });

  it('a hidden tab skips the probe, and refetches once when visible again because the checkpoint passed', async () => {
    const { config, count } = setupSession({ session: {} });
    const { state } = await mountHook(config);
    act(() => setVisibility('hidden'));
    await advanceTo(D - 2 * MINUTE);
    expect(count()).toBe(1);
    act(() => setVisibility('visible'));
    await settle();
    expect(count()).toBe(2);
    expect(state().status).toBe('active');
    await fire('focus');
    expect(count()).toBe(2);
  });

  it('notices a wall-clock jump (sleep/wake) and refetches because the deadline passed while asleep', async () => {
    const { config, count, gets } = setupSession();
    const { state } = await mountHook(config);
    await advanceBy(MINUTE);
    // The machine sleeps 2 h: wall time jumps, pending timers have not run.
    vi.setSystemTime(Date.now() + 2 * HOUR);
    expect(count()).toBe(1);
    await advanceBy(MINUTE + 5 * SECOND, SECOND); // the watcher's next wake-up (at most a minute)
    expect(gets()[1]!.at).toBeGreaterThan(T0 + 2 * HOUR);
    expect(count()).toBe(2);
    expect(state().status).toBe('signed-out');
    await advanceBy(HOUR);
    expect(count()).toBe(2);
  });
});

describe('7. hidden tabs and activity', () => {
  it('a hidden tab makes no request for 24 h, so the session idles out on PingOne', async () => {
    const { config, count, emulator, token } = setupSession({ getCountsAsActivity: true });
    const { state } = await mountHook(config);
    act(() => setVisibility('hidden'));
    await advanceBy(24 * HOUR, 10 * MINUTE);
    expect(count()).toBe(1);
    expect(state().status).toBe('expired'); // from the clock, without a request
    expect(() => emulator.touch(token)).toThrow(/expired/);
    act(() => setVisibility('visible'));
    await settle();
    expect(count()).toBe(2);
    expect(state().status).toBe('signed-out');
  });

  it('GET does not count as activity: the visible tab probes, confirms, and the session ends on time', async () => {
    const { config, count, gets } = setupSession({ getCountsAsActivity: false });
    const { state } = await mountHook(config);
    await advanceBy(24 * HOUR, 5 * MINUTE);
    expect(count()).toBe(3); // mount, probe, confirmation
    expect(gets().map((r) => r.status)).toEqual([200, 200, 404]);
    expect(gets()[2]!.at).toBeGreaterThanOrEqual(D);
    expect(gets()[2]!.at).toBeLessThan(D + 2 * MINUTE);
    expect(state().status).toBe('signed-out');
  });

  it('GET counts as activity: the hook sees its probe moved activeAt and stops probing', async () => {
    const { config, count, gets } = setupSession({ getCountsAsActivity: true });
    const { state } = await mountHook(config);
    await advanceBy(24 * HOUR, 5 * MINUTE);
    // mount, one probe (which PingOne counted as activity), then only the confirmation.
    expect(count()).toBe(3);
    expect(gets().map((r) => r.status)).toEqual([200, 200, 404]);
    const probeAt = gets()[1]!.at;
    expect(gets()[2]!.at).toBeGreaterThanOrEqual(probeAt + 30 * MINUTE);
    expect(gets()[2]!.at).toBeLessThan(probeAt + 32 * MINUTE);
    expect(state().status).toBe('signed-out');
  });

  it('activityProbe: false never probes, so not even one GET slides an idle session', async () => {
    const { config, count, gets } = setupSession({ getCountsAsActivity: true });
    const { state } = await mountHook({ ...config, activityProbe: false });
    await advanceBy(24 * HOUR, 5 * MINUTE);
    expect(count()).toBe(2); // mount, confirmation
    expect(gets()[1]!.at).toBeLessThan(D + MINUTE);
    expect(state().status).toBe('signed-out');
  });
});
