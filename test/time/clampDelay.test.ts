// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clampDelay, MAX_TIMER_DELAY_MS } from '../../src/time/clampDelay';

describe('clampDelay', () => {
  it('clamps into [0, 2^31-1]', () => {
    expect(MAX_TIMER_DELAY_MS).toBe(2147483647);
    expect(clampDelay(-5)).toBe(0);
    expect(clampDelay(1500)).toBe(1500);
    expect(clampDelay(72000 * 60_000)).toBe(MAX_TIMER_DELAY_MS);
    expect(clampDelay(Number.POSITIVE_INFINITY)).toBe(MAX_TIMER_DELAY_MS);
    expect(clampDelay(Number.NaN)).toBe(MAX_TIMER_DELAY_MS);
    expect(clampDelay(Number.NEGATIVE_INFINITY)).toBe(0);
  });
});
