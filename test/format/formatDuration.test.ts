// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  countdownDisplay,
  formatClock,
  formatCountdown,
  formatDurationParts,
  splitDuration,
} from '../../src/format/formatDuration';

describe('durations', () => {
  it('rounds partial seconds up', () => {
    expect(splitDuration(59_001)).toEqual({ days: 0, hours: 0, minutes: 1, seconds: 0 });
    expect(splitDuration(-5)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 });
  });
  it('shows far deadlines in days/hours and near ones as a clock', () => {
    expect(countdownDisplay(49.5 * 86_400_000)).toEqual({ kind: 'far', parts: { days: 49 } });
    expect(countdownDisplay(86_400_000 + 4 * 3_600_000)).toEqual({ kind: 'far', parts: { days: 1, hours: 4 } });
    expect(countdownDisplay(3_600_000 + 60_000)).toEqual({ kind: 'far', parts: { hours: 1, minutes: 1 } });
    expect(countdownDisplay(299_000)).toEqual({ kind: 'clock', minutes: 4, seconds: 59 });
    expect(formatCountdown(49.5 * 86_400_000, 'en')).toBe('49 days');
    expect(formatCountdown(299_000, 'en')).toBe('04:59');
  });
  it('formats words through Intl, with locale digits', () => {
    expect(formatDurationParts({ days: 1, hours: 4 }, 'en')).toMatch(/^1 day,? 4 hours$/);
    expect(formatDurationParts({}, 'en')).toBe('0 seconds');
    expect(formatDurationParts({ minutes: 2 }, 'de')).toBe('2 Minuten');
    expect(formatClock(4, 9, 'ar-EG')).toBe('٠٤:٠٩');
  });
});
