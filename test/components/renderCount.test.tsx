import { act, screen } from '@testing-library/react';
import { forwardRef, type ComponentType, type ForwardRefExoticComponent, type RefAttributes } from 'react';
import { createSessionClock } from '../../src/time/clock';
import { SessionPanel } from '../../src/components/SessionPanel';
import { createPingOneEmulator, createSessionFixture, SESSION_FIXTURE_NOW } from '../../src/testing';
import { renderWithClient, settle } from '../support/utils';
import { renderSession } from '../support/components';
import type * as CountdownModule from '../../src/react/useCountdown';
import type * as LocationsModule from '../../src/components/LocationHistory';
import type * as SignOnModule from '../../src/components/SignOnSummary';
import type * as DeviceRowModule from '../../src/components/DeviceRow';

// Counts renders without changing behaviour: each wrapper renders the real component, and the
// countdown counter wraps the real useCountdown hook (one call per countdown render).
const renders = vi.hoisted(() => new Map<string, number>());
const bump = (name: string) => renders.set(name, (renders.get(name) ?? 0) + 1);

function counted<P extends object>(name: string, Real: ForwardRefExoticComponent<P & RefAttributes<unknown>>) {
  const Inner = Real as unknown as ComponentType<Record<string, unknown>>;
  return forwardRef<unknown, P>(function Counted(props, ref) {
    bump(name);
    return <Inner {...(props as Record<string, unknown>)} ref={ref} />;
  });
}

vi.mock('../../src/components/DeviceRow', async (load) => {
  const real = await load<typeof DeviceRowModule>();
  return {
    ...real,
    DeviceRow: (props: Parameters<typeof real.DeviceRow>[0]) => {
      bump('device');
      return real.DeviceRow(props);
    },
  };
});
vi.mock('../../src/components/SignOnSummary', async (load) => {
  const real = await load<typeof SignOnModule>();
  return { ...real, SignOnSummary: counted('signOn', real.SignOnSummary) };
});
vi.mock('../../src/components/LocationHistory', async (load) => {
  const real = await load<typeof LocationsModule>();
  return { ...real, LocationHistory: counted('locations', real.LocationHistory) };
});
vi.mock('../../src/react/useCountdown', async (load) => {
  const real = await load<typeof CountdownModule>();
  return {
    ...real,
    useCountdown: (...args: Parameters<typeof real.useCountdown>) => {
      bump('countdown');
      return real.useCountdown(...args);
    },
  };
});

const snapshot = () => Object.fromEntries(renders);

describe('a ticking panel', () => {
  beforeEach(() => renders.clear());
  afterEach(() => vi.useRealTimers());

  // Fake timers only (no shouldAdvanceTime): nothing but these loops moves the clock, so every
  // count is exact. One act per second: act batches everything inside it into one render.
  const tickSeconds = (n: number) => {
    for (let i = 0; i < n; i += 1) act(() => void vi.advanceTimersByTime(1_000));
  };

  it('re-renders only the timeout leaf, exactly once per second', () => {
    vi.useFakeTimers({ now: SESSION_FIXTURE_NOW });
    renderSession(<SessionPanel session={createSessionFixture()} />, { clock: createSessionClock() });
    // Mounted once each. The timeout runs twice before its first commit: it stores the first
    // announcement level it sees during render, which React re-runs at once (no extra commit).
    // One countdown only: the idle deadline and the session end agree (one deadline).
    expect(snapshot()).toEqual({ device: 1, signOn: 1, locations: 1, countdown: 2 });
    tickSeconds(5);
    // One countdown, five ticks, one render each: nothing else moved.
    expect(snapshot()).toEqual({ device: 1, signOn: 1, locations: 1, countdown: 2 + 5 });
    // Across a whole minute (both of a countdown's unit stores fire at once) still one per tick.
    tickSeconds(60);
    expect(screen.getByText(/in 24 minutes/)).toBeVisible();
    expect(snapshot()).toEqual({ device: 1, signOn: 1, locations: 1, countdown: 2 + 5 + 60 });
  });

  it('does the same when the panel fetches through useCurrentSession', async () => {
    vi.useFakeTimers({ now: SESSION_FIXTURE_NOW });
    const emulator = createPingOneEmulator({ idleTimeoutInMinutes: 30 });
    const { token } = emulator.createSession();
    renderWithClient(<SessionPanel config={{ environmentId: emulator.environmentId, fetch: emulator.fetchAs(token) }} />, {
      clock: createSessionClock(),
    });
    await settle();
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'active');
    const before = snapshot();
    tickSeconds(10);
    expect(snapshot()).toEqual({ ...before, countdown: before.countdown! + 10 });
  });
});
