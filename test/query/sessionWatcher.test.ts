// The watcher as a unit, without React: one owner per (QueryClient, session query), started by
// the first attach and stopped by the last detach (timer, page listeners, tab channel).
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachSessionWatcher, WATCH_HEARTBEAT_MS, type WatcherSettings } from '../../src/query/sessionWatcher';
import { createSessionClock } from '../../src/time/clock';

const KEY = ['pingone-session', 'current', { scope: 'default' }] as const;
const settings = (overrides: Partial<WatcherSettings> = {}): WatcherSettings => ({
  clock: createSessionClock(),
  warningMs: 5 * 60_000,
  cooldownMs: 30_000,
  enabled: true,
  probe: true,
  shareAcrossTabs: true,
  ...overrides,
});

/** Page listeners currently added by anyone, by event type. */
function trackListeners() {
  const live = new Map<string, number>();
  for (const target of [window, document]) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
      live.set(type, (live.get(type) ?? 0) + 1);
      add(type, listener, options);
    });
    vi.spyOn(target, 'removeEventListener').mockImplementation((type, listener, options) => {
      live.set(type, (live.get(type) ?? 0) - 1);
      remove(type, listener, options);
    });
  }
  return live;
}

/** Counts BroadcastChannels opened and still open. */
function trackChannels() {
  const counts = { opened: 0, open: 0 };
  const Real = globalThis.BroadcastChannel;
  class Counted extends Real {
    constructor(name: string) {
      super(name);
      counts.opened += 1;
      counts.open += 1;
    }
    override close() {
      counts.open -= 1;
      super.close();
    }
  }
  vi.stubGlobal('BroadcastChannel', Counted);
  return counts;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('attachSessionWatcher', () => {
  it('shares one watcher between hooks: one set of page listeners, one channel, one timer', () => {
    const live = trackListeners();
    const channels = trackChannels();
    const client = new QueryClient();
    const detachA = attachSessionWatcher(client, KEY, settings(), () => {});
    const detachB = attachSessionWatcher(client, KEY, settings(), () => {});
    expect(Object.fromEntries(live)).toEqual({ visibilitychange: 1, focus: 1, online: 1, pageshow: 1 });
    expect(channels).toEqual({ opened: 1, open: 1 });
    expect(vi.getTimerCount()).toBe(1);
    detachA();
    expect(Object.fromEntries(live)).toEqual({ visibilitychange: 1, focus: 1, online: 1, pageshow: 1 });
    expect(channels.open).toBe(1);
    detachB();
    expect(Object.fromEntries(live)).toEqual({ visibilitychange: 0, focus: 0, online: 0, pageshow: 0 });
    expect(channels.open).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a stale detach (called again after a restart) neither stops nor splits the new watcher', () => {
    const live = trackListeners();
    const client = new QueryClient();
    const detachA = attachSessionWatcher(client, KEY, settings(), () => {});
    detachA();
    const detachB = attachSessionWatcher(client, KEY, settings(), () => {});
    detachA();
    expect(live.get('focus')).toBe(1);
    const detachC = attachSessionWatcher(client, KEY, settings(), () => {});
    expect(live.get('focus')).toBe(1);
    expect(vi.getTimerCount()).toBe(1);
    detachB();
    detachC();
    expect(live.get('focus')).toBe(0);
  });

  it('starts again after the last detach, and each client and query key has its own watcher', () => {
    const channels = trackChannels();
    const client = new QueryClient();
    attachSessionWatcher(client, KEY, settings(), () => {})();
    const again = attachSessionWatcher(client, KEY, settings(), () => {});
    const otherKey = attachSessionWatcher(client, ['pingone-session', 'current', { scope: 'b' }], settings(), () => {});
    const otherClient = attachSessionWatcher(new QueryClient(), KEY, settings(), () => {});
    expect(channels).toEqual({ opened: 4, open: 3 });
    again();
    otherKey();
    otherClient();
    expect(channels.open).toBe(0);
  });

  it('opens no tab channel when the first hook does not share across tabs', () => {
    const channels = trackChannels();
    const detach = attachSessionWatcher(new QueryClient(), KEY, settings({ shareAcrossTabs: false }), () => {});
    expect(channels.opened).toBe(0);
    detach();
  });

  it('wakes every attached hook at least once per heartbeat, and none after detaching', async () => {
    const client = new QueryClient();
    const calls = { a: 0, b: 0 };
    const detachA = attachSessionWatcher(client, KEY, settings({ shareAcrossTabs: false }), () => calls.a++);
    const detachB = attachSessionWatcher(client, KEY, settings({ shareAcrossTabs: false }), () => calls.b++);
    await vi.advanceTimersByTimeAsync(0); // the mount's own check
    const afterMount = { ...calls };
    await vi.advanceTimersByTimeAsync(3 * WATCH_HEARTBEAT_MS);
    expect(calls.a - afterMount.a).toBe(3);
    expect(calls.b - afterMount.b).toBe(3);
    detachA();
    detachB();
    await vi.advanceTimersByTimeAsync(3 * WATCH_HEARTBEAT_MS);
    expect(calls.a - afterMount.a).toBe(3);
  });

  it('never fetches without data or a session deadline (no poll): a heartbeat is not a request', async () => {
    const client = new QueryClient();
    const queryFn = vi.fn(() => Promise.resolve(null));
    client.getQueryCache().build(client, { queryKey: KEY, queryFn });
    const detach = attachSessionWatcher(client, KEY, settings({ shareAcrossTabs: false }), () => {});
    await vi.advanceTimersByTimeAsync(24 * 60 * WATCH_HEARTBEAT_MS);
    expect(queryFn).not.toHaveBeenCalled();
    detach();
  });
});
