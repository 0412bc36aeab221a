// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { getSessionDeadlines } from '../src/core/deadlines';
import { parseSession } from '../src/core/parseSession';
import { clampDelay, MAX_TIMER_DELAY_MS } from '../src/core/clampDelay';
import { parseRetryAfter } from '../src/core/retryAfter';

const seed = parseSession(JSON.parse(readFileSync(new URL('./fixtures/sessions-me.200.json', import.meta.url), 'utf8')));
const base = { id: 's', environment: { id: 'e' }, user: null, lastSignOn: null, locations: [] };

describe('getSessionDeadlines', () => {
  it('gives correct values for the seed fixture (activeAt before createdAt, 50-day idle timeout)', () => {
    const d = getSessionDeadlines(seed);
    const activeAt = Date.parse('2022-10-04T01:21:30.117Z');
    expect(d.idleExpiresAt).toBe(activeAt + 72000 * 60_000);
    expect(d.idleExpiresAt).toBe(Date.parse('2022-11-23T01:21:30.117Z'));
    expect(d.expiresAt).toBe(Date.parse('2022-11-23T01:21:30.117Z'));
    expect(d.effectiveExpiresAt).toBe(d.idleExpiresAt);
    expect(d.limitedBy).toBe('idle');
    // The idle window is longer than setTimeout can hold.
    expect(d.idleExpiresAt! - activeAt).toBeGreaterThan(MAX_TIMER_DELAY_MS);
  });

  it('is limited by the absolute deadline when it comes first', () => {
    const d = getSessionDeadlines({ ...base, activeAt: '2024-01-01T00:00:00.000Z', idleTimeoutInMinutes: 60, expiresAt: '2024-01-01T00:30:00.000Z' });
    expect(d).toEqual({
      idleExpiresAt: Date.parse('2024-01-01T01:00:00.000Z'),
      expiresAt: Date.parse('2024-01-01T00:30:00.000Z'),
      effectiveExpiresAt: Date.parse('2024-01-01T00:30:00.000Z'),
      limitedBy: 'absolute',
    });
  });

  it('is limited by idle when it comes first', () => {
    const d = getSessionDeadlines({ ...base, activeAt: '2024-01-01T00:00:00.000Z', idleTimeoutInMinutes: 15, expiresAt: '2024-01-02T00:00:00.000Z' });
    expect(d.limitedBy).toBe('idle');
    expect(d.effectiveExpiresAt).toBe(Date.parse('2024-01-01T00:15:00.000Z'));
  });

  it('returns nulls where the data does not say', () => {
    expect(getSessionDeadlines(base)).toEqual({ idleExpiresAt: null, expiresAt: null, effectiveExpiresAt: null, limitedBy: null });
    expect(getSessionDeadlines({ ...base, activeAt: '2024-01-01T00:00:00.000Z' }).idleExpiresAt).toBeNull();
    const onlyAbsolute = getSessionDeadlines({ ...base, expiresAt: '2024-01-01T00:00:00.000Z' });
    expect(onlyAbsolute.limitedBy).toBe('absolute');
    expect(onlyAbsolute.effectiveExpiresAt).toBe(Date.parse('2024-01-01T00:00:00.000Z'));
    const onlyIdle = getSessionDeadlines({ ...base, activeAt: '2024-01-01T00:00:00.000Z', idleTimeoutInMinutes: 1 });
    expect(onlyIdle.limitedBy).toBe('idle');
  });

  it('treats a zero idle timeout as expiring at activeAt', () => {
    const d = getSessionDeadlines({ ...base, activeAt: '2024-01-01T00:00:00.000Z', idleTimeoutInMinutes: 0 });
    expect(d.idleExpiresAt).toBe(Date.parse('2024-01-01T00:00:00.000Z'));
  });
});

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

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-05-01T12:00:00.000Z');
  it('reads seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
  });
  it('reads an HTTP date', () => {
    expect(parseRetryAfter('Wed, 01 May 2024 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 01 May 2024 11:00:00 GMT', now)).toBe(0);
  });
  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});
