// Request budgets over a day (issue 9's closing numbers): deterministic counts over the
// in-process emulator with fake timers. docs/refetching.md quotes these tests.
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCurrentSession } from '../../src/react/useCurrentSession';
import { advanceBy, fire, HOUR, MINUTE, mountHook, setupSession, T0 } from '../support/useCurrentSession';
import { createTestQueryClient, resetVisibility, setVisibility, withProviders } from '../support/utils';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
  resetVisibility();
});

describe('request budgets', () => {
  it('8-hour day, a person active in another tab every 10 min, this tab visible: 24 requests, active all day', async () => {
    const { config, emulator, token, count } = setupSession();
    const { statuses } = await mountHook(config);
    for (let minute = 10; minute <= 8 * 60; minute += 10) {
      await advanceBy(10 * MINUTE);
      emulator.touch(token);
    }
    expect(statuses).toEqual(['pending', 'active']);
    expect(count()).toBe(24);
  }, 30_000);

  it('8-hour day, GET counts as activity, nobody there, online every 10 min: 3 requests (mount, online, confirm 404)', async () => {
    const s = setupSession({ getCountsAsActivity: true });
    await mountHook(s.config);
    for (let minute = 10; minute <= 8 * 60; minute += 10) {
      await advanceBy(10 * MINUTE);
      await fire('online');
    }
    expect(s.gets().map((r) => r.status)).toEqual([200, 200, 404]);
  }, 30_000);

  it('the same with activityProbe: false: 2 requests (mount, confirm 404)', async () => {
    const s = setupSession({ getCountsAsActivity: true });
    await mountHook({ ...s.config, activityProbe: false });
    for (let minute = 10; minute <= 8 * 60; minute += 10) {
      await advanceBy(10 * MINUTE);
      await fire('online');
    }
    expect(s.gets().map((r) => r.status)).toEqual([200, 404]);
  }, 30_000);

  it('a hidden tab with a consumer mounting at 25 min: 1 request in 8 h', async () => {
    const s = setupSession({ getCountsAsActivity: true });
    const client = createTestQueryClient();
    function One() {
      useCurrentSession(s.config);
      return null;
    }
    const view = render(withProviders(<One />, client));
    await advanceBy(0);
    act(() => setVisibility('hidden'));
    await advanceBy(25 * MINUTE);
    view.rerender(
      withProviders(
        <>
          <One />
          <One />
        </>,
        client,
      ),
    );
    await advanceBy(8 * HOUR - 25 * MINUTE);
    expect(s.count()).toBe(1);
  }, 30_000);
});
