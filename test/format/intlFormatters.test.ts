import { describe, expect, it } from 'vitest';
import {
  getDateTimeFormat,
  getListFormat,
  getNumberFormat,
  getPluralRules,
  getRelativeTimeFormat,
} from '../../src/format/intlFormatters';

describe('cached Intl formatters (one per locale + options)', () => {
  it('returns the same instance for the same locale and options, and a new one when either differs', () => {
    const two = getNumberFormat('de', { minimumIntegerDigits: 2 });
    expect(getNumberFormat('de', { minimumIntegerDigits: 2 })).toBe(two);
    expect(getNumberFormat('fr', { minimumIntegerDigits: 2 })).not.toBe(two);
    expect(getNumberFormat('de', { minimumIntegerDigits: 3 })).not.toBe(two);
    expect(getNumberFormat(undefined)).toBe(getNumberFormat(undefined));
    expect(two.format(4)).toBe('04');
  });

  it('keeps the kinds apart and formats like a fresh formatter', () => {
    const at = Date.UTC(2026, 11, 1, 12, 34);
    expect(getDateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'UTC' }).format(at)).toBe(
      new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'UTC' }).format(at),
    );
    expect(getDateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(at)).toBe('21:34');
    expect(getRelativeTimeFormat('en', { numeric: 'auto' }).format(-1, 'day')).toBe('yesterday');
    expect(getListFormat('en', { type: 'conjunction' }).format(['a', 'b', 'c'])).toBe('a, b, and c');
    expect(getPluralRules('ar').select(3)).toBe('few');
  });
});
