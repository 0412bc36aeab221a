// Issue 9 point 13: tabs of one origin share one session through BroadcastChannel. Each "tab" is
// its own QueryClient and React root in this process, talking over Node's real BroadcastChannel
// (the same API as the browser's; e2e/tabs.e2e.ts runs it in Chromium). Fake timers drive the
// clock; messages need real event-loop turns, which `deliver()` gives them.
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionClock } from '../../src/time/clock';
import type { CurrentSessionConfig } from '../../src/query/currentSessionQueryOptions';
import type { CurrentSessionState } from '../../src/query/currentSessionState';
import { useCurrentSession } from '../../src/react/useCurrentSession';
import { createPingOneEmulator } from '../../src/testing';
import { advanceBy, HOUR, MINUTE, SECOND, T0 } from '../support/useCurrentSession';
import { createTestQueryClient, resetVisibility, setVisibility, withProviders } from '../support/utils';

const realSetTimeout = globalThis.setTimeout;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  resetVisibility();
});

/** Lets BroadcastChannel messages through (real time), then anything they started (fake time). */
async function deliver(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await act(async () => {
      await new Promise((resolve) => realSetTimeout(resolve, 5));
      await vi.advanceTimersByTimeAsync(0);
    });
  }
}

/** Advances fake time in small steps, delivering messages between them. */
async function advanceTabs(ms: number, step = 100): Promise<void> {
  for (let t = 0; t < ms; t += step) {
    await advanceBy(Math.min(step, ms - t), step);
    await deliver();
  }
}

/** `n` tabs on one emulator session: each its own QueryClient, clock and request counter. */
function openTabs(n: number, options: Partial<CurrentSessionConfig> = {}, perTab: Partial<CurrentSessionConfig>[] = []) {
  const emulator = createPingOneEmulator({ idleTimeoutInMinutes: 30 });
  const { token } = emulator.createSession();
  const tabs = Array.from({ length: n }, (_, index) => {
    const tab = { requests: 0, state: null as CurrentSessionState | null };
    const emulatorFetch = emulator.fetchAs(token);
    const config: CurrentSessionConfig = {
      url: '/api/session',
      clock: createSessionClock(),
      fetch: (input, init) => {
        tab.requests += 1;
        return emulatorFetch(input, init);
      },
      ...options,
      ...perTab[index],
    };
    function Tab() {
      tab.state = useCurrentSession(config);
      return null;
    }
    render(withProviders(<Tab />, createTestQueryClient()));
    return tab;
  });
  const gets = () => emulator.requests.filter((r) => r.method === 'GET');
  return { emulator, token, tabs, gets };
}

const D = T0 + 30 * MINUTE;
const PROBE = D - 5 * MINUTE - 30 * SECOND;

describe('13. tabs share one session', () => {
  it('3 visible tabs for an hour make the requests of one after their mounts (5 instead of 9)', async () => {
    const { tabs, gets } = openTabs(3);
    await deliver();
    expect(gets()).toHaveLength(3); // each tab's first load
    await advanceBy(PROBE - Date.now() - SECOND);
    await advanceTabs(5 * SECOND);
    expect(gets()).toHaveLength(4); // one probe for all three
    expect(new Set(tabs.map((t) => t.state!.dataUpdatedAt)).size).toBe(1);
    await advanceBy(D - Date.now() - SECOND);
    await advanceTabs(6 * SECOND);
    expect(gets().map((r) => r.status)).toEqual([200, 200, 200, 200, 404]);
    expect(tabs.map((t) => t.state!.status)).toEqual(['signed-out', 'signed-out', 'signed-out']);
    await advanceBy(HOUR - (Date.now() - T0));
    expect(gets()).toHaveLength(5);
  });

  it('3 visible tabs for an hour, a person active elsewhere every 10 min: 5 requests (3 mounts + 2 probes), all tabs current', async () => {
    const { tabs, gets, emulator, token } = openTabs(3);
    await deliver();
    for (let minute = 1; minute <= 60; minute++) {
      const inProbeWindow = [24, 25, 44, 45].includes(minute);
      if (inProbeWindow) await advanceTabs(MINUTE, 250);
      else await advanceBy(MINUTE);
      if (minute % 10 === 0) emulator.touch(token);
    }
    expect(gets().map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(tabs.map((t) => t.state!.status)).toEqual(['active', 'active', 'active']);
    expect(new Set(tabs.map((t) => t.state!.deadlines!.idleExpiresAt)).size).toBe(1);
  }, 30_000);

  it('a no-session answer seen by one tab reaches the others within a second, with nothing of the session', async () => {
    const { tabs, emulator, token } = openTabs(2);
    await deliver();
    await advanceBy(MINUTE);
    emulator.revoke(token);
    act(() => {
      void tabs[0]!.state!.refetch();
    });
    await advanceTabs(SECOND);
    expect(tabs[0]!.state!.status).toBe('signed-out');
    expect(tabs[1]!.state!.status).toBe('signed-out');
    expect(tabs[1]!.state!.session).toBeUndefined();
    expect(tabs[1]!.requests).toBe(1);
  });

  it('hidden tabs send nothing; a tab that makes no requests of its own still follows the others', async () => {
    // The tabs here share one jsdom document, so "hidden" hides them all.
    const { tabs, gets } = openTabs(2, {}, [{}, { enabled: false }]);
    await deliver();
    act(() => setVisibility('hidden'));
    await advanceBy(D - Date.now() + 10 * SECOND);
    expect(gets()).toHaveLength(1); // tab 0's first load; nothing while hidden
    expect(tabs[1]!.state!.status).toBe('expired'); // tab 1 had tab 0's session, from the channel
    act(() => setVisibility('visible'));
    await advanceTabs(3 * SECOND);
    expect(gets().map((r) => r.status)).toEqual([200, 404]); // tab 0 confirms for both
    expect(tabs.map((t) => t.state!.status)).toEqual(['signed-out', 'signed-out']);
    expect(tabs[1]!.requests).toBe(0);
  });

  it('a frozen tab that announced a request never blocks the others', async () => {
    const { tabs, gets } = openTabs(1);
    const frozen = new BroadcastChannel(`pingone-session:["pingone-session","current",{"scope":"default"}]`);
    frozen.postMessage({ type: 'hello' });
    await deliver();
    await advanceBy(PROBE - Date.now() - SECOND);
    // The frozen tab claims the probe, then never answers.
    frozen.postMessage({ type: 'fetching', until: Date.now() + HOUR });
    await deliver();
    await advanceTabs(10 * SECOND, 500);
    frozen.close();
    expect(gets()).toHaveLength(2); // the probe went out anyway, within the 5 s wait + spread
    expect(tabs[0]!.state!.dataUpdatedAt).toBeGreaterThan(PROBE);
  });

  it('without BroadcastChannel each tab works alone, as before', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const { tabs, gets } = openTabs(2);
    await deliver();
    await advanceBy(D - Date.now() + 10 * SECOND);
    expect(gets().map((r) => r.status)).toEqual([200, 200, 200, 200, 404, 404]);
    expect(tabs.map((t) => t.state!.status)).toEqual(['signed-out', 'signed-out']);
  });

  describe('messages another same-origin script could forge (review)', () => {
    const channelName = `pingone-session:["pingone-session","current",{"scope":"default"}]`;

    it('a session for another user, or stamped in the future, is never shown; the tab asks PingOne itself', async () => {
      const { tabs, gets } = openTabs(1);
      await deliver();
      const mine = tabs[0]!.state!.session!;
      const forger = new BroadcastChannel(channelName);
      await advanceBy(MINUTE);
      forger.postMessage({
        type: 'session',
        session: { ...mine, id: 'other-session', user: { id: 'other-user-id' } },
        at: Date.now(),
      });
      await deliver();
      expect(tabs[0]!.state!.session!.id).toBe(mine.id);
      expect(gets()).toHaveLength(2); // a different session: this tab checked with PingOne (cooldown passed)
      const shownActiveAt = tabs[0]!.state!.session!.activeAt;
      forger.postMessage({ type: 'session', session: { ...mine, activeAt: new Date(Date.now()).toISOString() }, at: 8.64e15 });
      await deliver();
      expect(tabs[0]!.state!.dataUpdatedAt).toBeLessThanOrEqual(Date.now());
      expect(tabs[0]!.state!.session!.activeAt).toBe(shownActiveAt);
      expect(shownActiveAt).not.toBe(new Date(Date.now()).toISOString());
      // The future-stamped copy did not outrank the real answers: the probe still goes out.
      await advanceBy(PROBE - Date.now() - SECOND);
      await advanceTabs(5 * SECOND);
      expect(gets()).toHaveLength(3);
      forger.close();
    });

    it('a signed-out tab does not come back to active from news older than its sign-out', async () => {
      const { tabs, emulator, token } = openTabs(1);
      await deliver();
      const old = tabs[0]!.state!.session!;
      const heardAt = Date.now();
      await advanceBy(MINUTE);
      emulator.revoke(token);
      act(() => {
        void tabs[0]!.state!.refetch();
      });
      await advanceTabs(SECOND);
      expect(tabs[0]!.state!.status).toBe('signed-out');
      const forger = new BroadcastChannel(channelName);
      forger.postMessage({ type: 'session', session: old, at: heardAt + 1 });
      await deliver();
      expect(tabs[0]!.state!.status).toBe('signed-out');
      expect(tabs[0]!.state!.session).toBeUndefined();
      forger.close();
    });

    it('repeated request claims hold a checkpoint off for at most one wait, not forever', async () => {
      const { tabs, gets } = openTabs(1);
      const forger = new BroadcastChannel(channelName);
      forger.postMessage({ type: 'hello' });
      await deliver();
      await advanceBy(PROBE - Date.now() - SECOND);
      for (let i = 0; i < 40; i++) {
        forger.postMessage({ type: 'fetching', until: Date.now() + HOUR });
        await advanceTabs(500, 250);
      }
      forger.close();
      expect(gets()).toHaveLength(2); // the probe went out despite 20 s of claims
      expect(tabs[0]!.state!.dataUpdatedAt).toBeGreaterThan(PROBE);
    });
  });
});
