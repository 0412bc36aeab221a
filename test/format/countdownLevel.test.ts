// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countdownLevel, levelThreshold } from '../../src/format/countdownLevel';

describe('countdown announcement levels', () => {
  it('climbs one level per threshold and tops out at expiry', () => {
    expect([600_000, 300_000, 200_000, 90_000, 45_000, 10_000, 0].map((ms) => countdownLevel(ms))).toEqual([0, 1, 1, 2, 3, 4, 5]);
    expect(levelThreshold(1)).toBe(300_000);
    expect(levelThreshold(4)).toBe(30_000);
    expect(levelThreshold(5)).toBeUndefined();
  });
});
