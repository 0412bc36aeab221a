import { act } from '@testing-library/react';
import { vi } from 'vitest';
import { createSessionClock } from '../../src/time/clock';
import type { CurrentSessionConfig } from '../../src/query/currentSessionQueryOptions';
import type { CurrentSessionState } from '../../src/query/currentSessionState';
import { useCurrentSession } from '../../src/react/useCurrentSession';
import { createPingOneEmulator, type EmulatorSessionOverrides, type PingOneEmulatorOptions } from '../../src/testing';
import { renderWithClient, settle } from './utils';

/** 2025-01-15T10:00:00Z: every hook test starts its fake clock here. */
export const T0 = Date.parse('2025-01-15T10:00:00.000Z');
export const SECOND = 1000;
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** An emulator, one session in it, and a config whose fetch goes to it in-process (like our proxy). */
export function setupSession(options: PingOneEmulatorOptions & { session?: EmulatorSessionOverrides } = {}) {
  const { session: overrides, ...emulatorOptions } = options;
  const emulator = createPingOneEmulator({ idleTimeoutInMinutes: 30, ...emulatorOptions });
  const { token, session } = emulator.createSession(overrides);
  const network = { up: true, attempts: 0 };
  const emulatorFetch = emulator.fetchAs(token);
  // Network down = fetch rejects, as a browser's does offline; the emulator itself is untouched.
  const fetch: typeof globalThis.fetch = (input, init) => {
    network.attempts += 1;
    return network.up ? emulatorFetch(input, init) : Promise.reject(new TypeError('Failed to fetch'));
  };
  const config: CurrentSessionConfig = { url: '/api/session', fetch, clock: createSessionClock() };
  const gets = () => emulator.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/sessions/me'));
  return { emulator, token, session, config, network, gets, count: () => gets().length };
}

/** Renders `n` components using the hook; returns the latest state of the first and a status log. */
export function renderHooks(config: CurrentSessionConfig, n = 1) {
  const latest: { current: CurrentSessionState | null } = { current: null };
  const statuses: string[] = [];
  function Probe({ index }: { index: number }) {
    const state = useCurrentSession(config);
    if (index === 0) {
      latest.current = state;
      if (statuses.at(-1) !== state.status) statuses.push(state.status);
    }
    return <span data-testid={`status-${index}`}>{state.status}</span>;
  }
  const view = renderWithClient(
    <>
      {Array.from({ length: n }, (_, i) => (
        <Probe key={i} index={i} />
      ))}
    </>,
  );
  return { ...view, latest, statuses, state: () => latest.current! };
}

/** {@link renderHooks}, then lets the first fetch settle (fake timers). */
export async function mountHook(config: CurrentSessionConfig, n = 1) {
  const mounted = renderHooks(config, n);
  await settle();
  return mounted;
}

/** Advances the fake clock in steps (so timers fire in order and fetches settle between them). */
export async function advanceBy(ms: number, step = MINUTE): Promise<void> {
  let left = ms;
  while (left > 0) {
    const d = Math.min(step, left);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(d);
    });
    left -= d;
  }
}

/** Advances to an absolute instant of the fake clock. */
export async function advanceTo(at: number, step = MINUTE): Promise<void> {
  await advanceBy(at - Date.now(), step);
}

/** Fires a window/document event inside act and lets any resulting fetch settle. */
export async function fire(type: 'focus' | 'online' | 'pageshow'): Promise<void> {
  await act(async () => {
    window.dispatchEvent(new Event(type));
    await vi.advanceTimersByTimeAsync(0);
  });
  await settle();
}
