// Outside replay after the watcher rewrite: an answer that left before a sign-out must not undo
// it, in this tab or another. Two tabs = two QueryClients over Node's real BroadcastChannel (as in
// useCurrentSession.tabs.test.tsx); fake timers drive the clock, `deliver()` lets messages through.
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionClock } from '../../src/time/clock';
import type { CurrentSessionState } from '../../src/query/currentSessionState';
import { useCurrentSession } from '../../src/react/useCurrentSession';
import { createPingOneEmulator } from '../../src/testing';
import { advanceBy, MINUTE, SECOND, T0 } from '../support/useCurrentSession';
import { createTestQueryClient, withProviders } from '../support/utils';

const realSetTimeout = globalThis.setTimeout;
const unmounts: (() => void)[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => {
  unmounts.splice(0).forEach((unmount) => unmount());
  vi.useRealTimers();
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

async function advanceTabs(ms: number, step = 100): Promise<void> {
  for (let t = 0; t < ms; t += step) {
    await advanceBy(Math.min(step, ms - t), step);
    await deliver();
  }
}

/** Two tabs on one emulator session; each answer reaches its tab `delayMs` after PingOne gave it. */
function openTwoTabs() {
  const emulator = createPingOneEmulator({ idleTimeoutInMinutes: 30 });
  const { token } = emulator.createSession();
  const tabs = [0, 1].map(() => {
    const tab = { delayMs: 0, state: null as CurrentSessionState | null, statuses: [] as string[] };
    const emulatorFetch = emulator.fetchAs(token);
    const config = {
      url: '/api/session',
      clock: createSessionClock(),
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        const response = await emulatorFetch(input, init); // PingOne answers now...
        if (tab.delayMs) await new Promise((resolve) => setTimeout(resolve, tab.delayMs)); // ...it arrives later
        return response;
      },
    };
    function Tab() {
      tab.state = useCurrentSession(config);
      if (tab.statuses.at(-1) !== tab.state.status) tab.statuses.push(tab.state.status);
      return null;
    }
    unmounts.push(render(withProviders(<Tab />, createTestQueryClient())).unmount);
    return tab;
  });
  return { emulator, token, tabs };
}

describe('an answer older than a sign-out', () => {
  it("a slow 200 sent before another tab's sign-out brings neither tab back to active", async () => {
    const { tabs, emulator, token } = openTwoTabs();
    const [a, b] = tabs as [(typeof tabs)[0], (typeof tabs)[0]];
    await deliver();
    await advanceBy(MINUTE);
    a.delayMs = 3 * SECOND;
    act(() => {
      void a.state!.refetch(); // PingOne answers 200 now; the answer takes 3 s to arrive
    });
    await advanceTabs(500);
    emulator.revoke(token); // signed out elsewhere
    act(() => {
      void b.state!.refetch();
    });
    await advanceTabs(SECOND);
    expect(b.state!.status).toBe('signed-out');
    expect(a.state!.status).toBe('signed-out'); // told by tab B
    await advanceTabs(3 * SECOND); // tab A's old 200 lands
    await advanceTabs(30 * MINUTE, MINUTE);
    expect(a.statuses).toEqual(['pending', 'active', 'signed-out']);
    expect(b.statuses).toEqual(['pending', 'active', 'signed-out']);
  });
});
