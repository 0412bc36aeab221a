// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { plural } from '../../src/format/plural';

describe('plural sentences', () => {
  it('picks the CLDR category of the catalog language', () => {
    const forms = { zero: 'z', one: 'o', two: 't', few: 'f', many: 'm', other: 'x' };
    expect([0, 1, 2, 3, 11, 100].map((n) => plural('ar', n, forms))).toEqual(['z', 'o', 't', 'f', 'm', 'x']);
    expect([1, 2].map((n) => plural('en', n, forms))).toEqual(['o', 'x']);
    expect(plural('ja', 1, { other: 'x' })).toBe('x');
  });
});
