// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { getSessionDeadlines, hasSeparateExpiry, signOutDeadline } from '../../src/session/deadlines';
import { parseSession } from '../../src/session/parseSession';
import { MAX_TIMER_DELAY_MS } from '../../src/time/clampDelay';
import { computedDeadlines as d } from '../support/deadlines';

const seed = parseSession(JSON.parse(readFileSync(new URL('../fixtures/sessions-me.200.json', import.meta.url), 'utf8'))).session;
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

  it('reads the reference body as one deadline: expiresAt agrees with activeAt + idle to the millisecond', () => {
    const d = getSessionDeadlines(seed);
    expect(d.expiresAt).toBe(d.idleExpiresAt);
    expect(hasSeparateExpiry(d)).toBe(false);
  });

  it.each([
    ['equal', 0],
    ['expiresAt 999 ms earlier', -999],
    ['expiresAt 1 s earlier', -1000],
    ['expiresAt 1 s later', 1000],
  ])('treats deadlines that agree within a second as one idle deadline (%s)', (_label, offsetMs) => {
    const idle = Date.parse('2024-01-01T01:00:00.000Z');
    const d = getSessionDeadlines({
      ...base,
      activeAt: '2024-01-01T00:00:00.000Z',
      idleTimeoutInMinutes: 60,
      expiresAt: new Date(idle + offsetMs).toISOString(),
    });
    expect(d.limitedBy).toBe('idle');
    expect(hasSeparateExpiry(d)).toBe(false);
    expect(d.effectiveExpiresAt).toBe(Math.min(idle, idle + offsetMs));
  });

  it('treats an expiresAt more than a second before the idle deadline as a real cap', () => {
    const idle = Date.parse('2024-01-01T01:00:00.000Z');
    const d = getSessionDeadlines({
      ...base,
      activeAt: '2024-01-01T00:00:00.000Z',
      idleTimeoutInMinutes: 60,
      expiresAt: new Date(idle - 1001).toISOString(),
    });
    expect(d.limitedBy).toBe('expiry');
    expect(hasSeparateExpiry(d)).toBe(true);
    expect(d.effectiveExpiresAt).toBe(idle - 1001);
  });

  it('gives values only inside the Date range, so every deadline formats', () => {
    const far = getSessionDeadlines({ ...base, activeAt: '9999-12-31T00:00:00.000Z', idleTimeoutInMinutes: 1e300 });
    expect(far.idleExpiresAt).toBeNull();
    expect(far.limitedBy).toBeNull();
    const edge = getSessionDeadlines({ ...base, activeAt: '2024-01-01T00:00:00.000Z', idleTimeoutInMinutes: 1e12 });
    expect(edge.idleExpiresAt).toBeNull();
  });

  it('is limited by the expiry cap when it comes first', () => {
    const d = getSessionDeadlines({
      ...base,
      activeAt: '2024-01-01T00:00:00.000Z',
      idleTimeoutInMinutes: 60,
      expiresAt: '2024-01-01T00:30:00.000Z',
    });
    expect(d).toEqual({
      idleExpiresAt: Date.parse('2024-01-01T01:00:00.000Z'),
      expiresAt: Date.parse('2024-01-01T00:30:00.000Z'),
      effectiveExpiresAt: Date.parse('2024-01-01T00:30:00.000Z'),
      limitedBy: 'expiry',
    });
    expect(hasSeparateExpiry(d)).toBe(true);
  });

  it('is limited by idle when it comes first', () => {
    const d = getSessionDeadlines({
      ...base,
      activeAt: '2024-01-01T00:00:00.000Z',
      idleTimeoutInMinutes: 15,
      expiresAt: '2024-01-02T00:00:00.000Z',
    });
    expect(d.limitedBy).toBe('idle');
    expect(hasSeparateExpiry(d)).toBe(false);
    expect(d.effectiveExpiresAt).toBe(Date.parse('2024-01-01T00:15:00.000Z'));
  });

  it('returns nulls where the data does not say', () => {
    expect(getSessionDeadlines(base)).toEqual({
      idleExpiresAt: null,
      expiresAt: null,
      effectiveExpiresAt: null,
      limitedBy: null,
    });
    expect(getSessionDeadlines({ ...base, activeAt: '2024-01-01T00:00:00.000Z' }).idleExpiresAt).toBeNull();
    // Only expiresAt: PingOne computes it as activeAt + idle, so it is the idle deadline.
    const onlyExpiresAt = getSessionDeadlines({ ...base, expiresAt: '2024-01-01T00:00:00.000Z' });
    expect(onlyExpiresAt.limitedBy).toBe('idle');
    expect(hasSeparateExpiry(onlyExpiresAt)).toBe(false);
    expect(onlyExpiresAt.effectiveExpiresAt).toBe(Date.parse('2024-01-01T00:00:00.000Z'));
    const onlyIdle = getSessionDeadlines({ ...base, activeAt: '2024-01-01T00:00:00.000Z', idleTimeoutInMinutes: 1 });
    expect(onlyIdle.limitedBy).toBe('idle');
  });

  it('treats a zero idle timeout as expiring at activeAt', () => {
    const d = getSessionDeadlines({ ...base, activeAt: '2024-01-01T00:00:00.000Z', idleTimeoutInMinutes: 0 });
    expect(d.idleExpiresAt).toBe(Date.parse('2024-01-01T00:00:00.000Z'));
  });
});

describe('one deadline or two (the 1 s rule, from getSessionDeadlines)', () => {
  it('treats deadlines within a second as one, and only an earlier cap as a separate session end', () => {
    expect(hasSeparateExpiry(d(10_000, 10_000))).toBe(false);
    expect(hasSeparateExpiry(d(10_000, 9_000))).toBe(false);
    expect(hasSeparateExpiry(d(10_000, 11_000))).toBe(false);
    expect(hasSeparateExpiry(d(10_000, 8_999))).toBe(true);
    expect(hasSeparateExpiry(d(10_000, 11_001))).toBe(false);
    expect(hasSeparateExpiry(d(null, 5_000))).toBe(false);
    expect(hasSeparateExpiry(d(5_000, null))).toBe(false);
  });

  it('counts down to the earlier real cap, else to the idle deadline', () => {
    expect(signOutDeadline(d(10_000, 10_500))).toEqual({ at: 10_000, kind: 'idle' });
    expect(signOutDeadline(d(10_000, 5_000))).toEqual({ at: 5_000, kind: 'expiry' });
    expect(signOutDeadline(d(10_000, 50_000))).toEqual({ at: 10_000, kind: 'idle' });
    expect(signOutDeadline(d(null, 50_000))).toEqual({ at: 50_000, kind: 'idle' });
    expect(signOutDeadline(d(null, null))).toBeNull();
    expect(signOutDeadline(null)).toBeNull();
  });
});
