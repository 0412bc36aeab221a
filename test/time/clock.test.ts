import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionClock, tickStart } from '../../src/time/clock';
import { serverTimeSample as sample } from '../support/serverTime';

const T0 = Date.parse('2025-01-15T10:00:00.000Z');

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0 + 250);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createSessionClock: one timer', () => {
  it('arms one timer however many subscribers, started by the first and stopped by the last', () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');
    const clock = createSessionClock();
    expect(vi.getTimerCount()).toBe(0);
    const unsubscribes = Array.from({ length: 100 }, () => clock.subscribe(() => {}, 1000));
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(10_000);
    expect(vi.getTimerCount()).toBe(1);
    // One wake-up per second for all 100 subscribers, not 100 (a little slack for the first arm).
    expect(setTimeoutSpy.mock.calls.length).toBeLessThanOrEqual(100 + 11);
    expect(setTimeoutSpy.mock.calls.length).toBeGreaterThanOrEqual(11);
    expect(setIntervalSpy).not.toHaveBeenCalled();
    unsubscribes.slice(1).forEach((u) => u());
    expect(vi.getTimerCount()).toBe(1);
    unsubscribes[0]!();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('wakes once per second for a page of countdowns (10 s => 10 timer callbacks)', () => {
    const clock = createSessionClock();
    for (let i = 0; i < 50; i++) clock.subscribe(() => {}, 1000);
    const spy = vi.spyOn(globalThis, 'setTimeout');
    vi.advanceTimersByTime(10_000);
    expect(spy).toHaveBeenCalledTimes(10);
  });
});

describe('createSessionClock: units', () => {
  it('notifies each listener once per change of its displayed unit, at the boundary', () => {
    const clock = createSessionClock();
    const seconds = vi.fn();
    const minutes = vi.fn();
    clock.subscribe(seconds, 1000);
    clock.subscribe(minutes, 60_000);
    vi.advanceTimersByTime(749);
    expect(seconds).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(seconds).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(59_000);
    expect(seconds).toHaveBeenCalledTimes(60);
    expect(minutes).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(120_000);
    expect(seconds).toHaveBeenCalledTimes(180);
    expect(minutes).toHaveBeenCalledTimes(3);
  });

  it('a minute-only page wakes once a minute, not every second', () => {
    const clock = createSessionClock();
    clock.subscribe(() => {}, 60_000);
    const spy = vi.spyOn(globalThis, 'setTimeout');
    vi.advanceTimersByTime(10 * 60_000);
    expect(spy).toHaveBeenCalledTimes(10);
  });
});

describe('createSessionClock: anchored ticks', () => {
  it("ticks on the anchor's phase (a deadline at .437) beside whole-unit subscribers, still with one timer", () => {
    const clock = createSessionClock();
    const anchored = vi.fn();
    const plain = vi.fn();
    clock.subscribe(anchored, 1000, T0 + 5_437);
    clock.subscribe(plain, 1000);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(186); // T0 + 436
    expect(anchored).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1); // T0 + 437: a tick of the anchor's phase, not of the wall second
    expect(anchored).toHaveBeenCalledTimes(1);
    expect(plain).not.toHaveBeenCalled();
    vi.advanceTimersByTime(563); // T0 + 1000
    expect(anchored).toHaveBeenCalledTimes(1);
    expect(plain).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(4_437); // T0 + 5437, the anchor itself
    expect(anchored).toHaveBeenCalledTimes(6);
    expect(plain).toHaveBeenCalledTimes(5);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('tickStart is the latest anchor + k * unit at or before t', () => {
    expect(tickStart(T0 + 437, 1000, T0 + 5_437)).toBe(T0 + 437);
    expect(tickStart(T0 + 436, 1000, T0 + 5_437)).toBe(T0 - 563);
    expect(tickStart(T0 + 5_437, 1000, T0 + 5_437)).toBe(T0 + 5_437);
    expect(tickStart(T0 + 59_999, 60_000)).toBe(T0);
  });
});

describe('createSessionClock: wall clock', () => {
  it('reads the time source each tick, so a wall-clock jump (sleep) shows at the next tick', () => {
    const clock = createSessionClock();
    const seen: number[] = [];
    clock.subscribe(() => seen.push(clock.now()), 1000);
    vi.advanceTimersByTime(750);
    vi.setSystemTime(Date.now() + 3 * 3_600_000);
    vi.advanceTimersByTime(1000);
    expect(seen.at(-1)).toBe(T0 + 2000 + 3 * 3_600_000);
  });

  it('ticks at once when the page becomes visible again', () => {
    const clock = createSessionClock();
    const listener = vi.fn();
    clock.subscribe(listener, 1000);
    vi.setSystemTime(Date.now() + 90_000); // throttled timers: time moved, no tick yet
    document.dispatchEvent(new Event('visibilitychange'));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('uses an injected time source and does not spin when it stands still', () => {
    const fixed = T0 + 123_456;
    const clock = createSessionClock({ now: () => fixed });
    const listener = vi.fn();
    clock.subscribe(listener, 1000);
    expect(clock.now()).toBe(fixed);
    const spy = vi.spyOn(globalThis, 'setTimeout');
    vi.advanceTimersByTime(10_000);
    expect(listener).not.toHaveBeenCalled();
    expect(spy.mock.calls.length).toBeLessThanOrEqual(20);
  });
});

describe('server time offset', () => {
  it('follows a server clock 5 min ahead (Date header midpoint), notifying subscribers', () => {
    const clock = createSessionClock();
    const listener = vi.fn();
    clock.subscribe(listener, 60_000);
    clock.recordServerTime(sample(300_000, Date.now() - 100, 80));
    expect(Math.abs(clock.offsetMs() - 300_000)).toBeLessThanOrEqual(600);
    expect(Math.abs(clock.now() - (Date.now() + 300_000))).toBeLessThanOrEqual(600);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps offset 0 within the Date header noise (|estimate| <= 2 s)', () => {
    const clock = createSessionClock();
    clock.recordServerTime(sample(1500, Date.now() - 100, 50));
    clock.recordServerTime(sample(-1200, Date.now() - 100, 50));
    expect(clock.offsetMs()).toBe(0);
    expect(clock.now()).toBe(Date.now());
  });
});
