import { describe, expect, it } from 'vitest';
import { estimateServerOffset, parseHttpDate } from '../../src/time/serverOffset';
import { serverTimeSample as sample } from '../support/serverTime';

const T0 = Date.parse('2025-01-15T10:00:00.000Z');

describe('server time offset', () => {
  it('prefers the sample with the shortest round trip', () => {
    const t = T0;
    const slow = { serverDateMs: t + 60_000 + 9_000, sentAtMs: t, receivedAtMs: t + 9_000 }; // rtt 9 s: mid is vague
    const fast = sample(60_000, t + 20_000, 40);
    expect(Math.abs(estimateServerOffset([fast, slow]).offsetMs - 60_000)).toBeLessThanOrEqual(600);
    expect(Math.abs(estimateServerOffset([slow, fast]).offsetMs - 60_000)).toBeLessThanOrEqual(600);
  });

  it('starts over when the newest sample contradicts the rest (the local clock was changed)', () => {
    const first = sample(60_000, T0, 20);
    const afterJump = sample(-3_600_000, T0 + 10_000, 200);
    const result = estimateServerOffset([first, afterJump]);
    expect(result.reset).toBe(true);
    expect(Math.abs(result.offsetMs + 3_600_000)).toBeLessThanOrEqual(700);
  });

  it('ignores unusable samples (negative or huge round trips)', () => {
    expect(estimateServerOffset([{ serverDateMs: T0 + 99_000, sentAtMs: T0, receivedAtMs: T0 - 5 }]).offsetMs).toBe(0);
    expect(estimateServerOffset([{ serverDateMs: T0 + 99_000, sentAtMs: T0, receivedAtMs: T0 + 60_000 }]).offsetMs).toBe(0);
  });
});

describe('parseHttpDate: real HTTP dates only', () => {
  it('reads RFC 9110 dates and refuses what Date.parse would read as years, and 1970', () => {
    expect(parseHttpDate('Tue, 01 Dec 2026 21:00:00 GMT')).toBe(Date.UTC(2026, 11, 1, 21));
    for (const bad of ['0', '1', '-1', 'foo 1', '', null, undefined, 'Thu, 01 Jan 1970 00:00:00 GMT']) {
      expect(parseHttpDate(bad)).toBeNaN();
    }
  });
});
