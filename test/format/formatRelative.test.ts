// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDateTime, formatRelativeTime, relativeTimeParts } from '../../src/format/formatRelative';

describe('relative time', () => {
  const now = Date.parse('2022-10-05T12:00:00Z');
  it('picks the largest sensible unit', () => {
    expect(relativeTimeParts(now - 90_000, now)).toEqual({ value: -2, unit: 'minute' });
    expect(relativeTimeParts(now + 3 * 86_400_000, now)).toEqual({ value: 3, unit: 'day' });
    expect(formatRelativeTime(Date.parse('2022-08-17T01:21:30Z'), now, 'en')).toBe('2 months ago');
    expect(formatRelativeTime(now, now, 'en')).toBe('now');
  });
});

describe('absolute date and time', () => {
  const at = Date.parse('2025-01-15T10:25:59.999Z');
  it('is locale-neutral UTC while it must be stable (SSR, hydration) and locale or zone is left to the runtime', () => {
    for (const [locale, zone] of [
      [undefined, undefined],
      ['de-DE', undefined],
      [undefined, 'Asia/Tokyo'],
    ] as const) {
      expect(formatDateTime(at, { locale, timeZone: zone, stable: true })).toBe('2025-01-15 10:25 UTC');
    }
  });
  it('is localized when both are given, or once mounted', () => {
    expect(formatDateTime(at, { locale: 'en-GB', timeZone: 'Asia/Tokyo', stable: true })).toBe('15 Jan 2025, 19:25');
    expect(formatDateTime(at, { locale: 'en-GB', timeZone: 'UTC' })).toBe('15 Jan 2025, 10:25');
  });
});
