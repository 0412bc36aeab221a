import { describe, expect, it } from 'vitest';
import { getSessionDeadlines } from '../../src/session/deadlines';
import { CONFIRM_GRACE_MS, getRefetchCheckpoints, nextCheckpoint, PROBE_LEAD_MS, shouldRefetch } from '../../src/query/schedule';
import { createSessionFixture } from '../../src/testing';

const MIN = 60_000;
const T = Date.parse('2025-01-15T10:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const idleSession = getSessionDeadlines(
  createSessionFixture({ activeAt: iso(T), idleTimeoutInMinutes: 30, expiresAt: iso(T + 8 * 60 * MIN) }),
);
const D = T + 30 * MIN;

describe('getRefetchCheckpoints', () => {
  it('probes shortly before the warning threshold and confirms just after the deadline', () => {
    expect(getRefetchCheckpoints(idleSession, { warningMs: 5 * MIN })).toEqual([
      { at: D - 5 * MIN - PROBE_LEAD_MS, kind: 'probe' },
      { at: D + CONFIRM_GRACE_MS, kind: 'confirm' },
    ]);
  });

  it('does not probe when the absolute expiry is the effective deadline (activity cannot move it)', () => {
    const absolute = getSessionDeadlines(
      createSessionFixture({ activeAt: iso(T), idleTimeoutInMinutes: 600, expiresAt: iso(T + 60 * MIN) }),
    );
    expect(getRefetchCheckpoints(absolute)).toEqual([{ at: T + 60 * MIN + CONFIRM_GRACE_MS, kind: 'confirm' }]);
  });

  it('has no checkpoints without a deadline, and no probe when turned off', () => {
    expect(getRefetchCheckpoints(null)).toEqual([]);
    const none = getSessionDeadlines(createSessionFixture({ activeAt: undefined, expiresAt: undefined }));
    expect(getRefetchCheckpoints(none)).toEqual([]);
    expect(getRefetchCheckpoints(idleSession, { probe: false }).map((c) => c.kind)).toEqual(['confirm']);
  });
});

describe('nextCheckpoint', () => {
  it('is the first checkpoint after the last attempt, so answered checkpoints never refire', () => {
    expect(nextCheckpoint(idleSession, T)?.kind).toBe('probe');
    expect(nextCheckpoint(idleSession, D - 4 * MIN)?.kind).toBe('confirm');
    expect(nextCheckpoint(idleSession, D + CONFIRM_GRACE_MS)).toBeNull();
  });
});

describe('shouldRefetch', () => {
  const base = { deadlines: idleSession, lastAttemptAt: T, cooldownMs: 30_000 };
  it('a timer refetches only once a checkpoint has passed', () => {
    expect(shouldRefetch({ ...base, reason: 'timer', now: D - 6 * MIN })).toBeNull();
    expect(shouldRefetch({ ...base, reason: 'timer', now: D - 5.5 * MIN })).toMatchObject({ kind: 'probe' });
  });
  it('focus and friends refetch when a checkpoint passed or the data is older than the cooldown', () => {
    expect(shouldRefetch({ ...base, reason: 'focus', now: T + 10_000 })).toBeNull();
    expect(shouldRefetch({ ...base, reason: 'focus', now: T + 30_000 })).toBe('cooldown');
    expect(shouldRefetch({ ...base, reason: 'timer', now: T + 20 * MIN })).toBeNull();
    expect(shouldRefetch({ ...base, reason: 'jump', lastAttemptAt: D - 20_000, now: D + 10_000 })).toMatchObject({
      kind: 'confirm',
    });
  });
  it('nothing refetches before notBefore (Retry-After); a checkpoint inside the window is taken once it ends', () => {
    const notBefore = T + 120_000;
    expect(shouldRefetch({ ...base, reason: 'focus', now: T + 31_000, notBefore })).toBeNull();
    expect(shouldRefetch({ ...base, reason: 'online', now: notBefore - 1, dataUpdatedAt: T - 60 * MIN, notBefore })).toBeNull();
    expect(shouldRefetch({ ...base, reason: 'focus', now: notBefore, notBefore })).toBe('cooldown');
    const late = { ...base, lastAttemptAt: D - 6 * MIN, notBefore: D - 4 * MIN };
    expect(shouldRefetch({ ...late, reason: 'timer', now: D - 5 * MIN })).toBeNull(); // probe is due, but inside the window
    expect(shouldRefetch({ ...late, reason: 'timer', now: D - 4 * MIN })).toMatchObject({ kind: 'probe' });
  });
});

describe('shouldRefetch: clock set back, quiet mode, resuming after a long Retry-After', () => {
  const base = { deadlines: idleSession, cooldownMs: 30_000, lastAttemptAt: T + MIN, dataUpdatedAt: T + MIN };
  it('a backward jump (negative age) refetches at once; a timer does not', () => {
    expect(shouldRefetch({ ...base, reason: 'jump', now: T - 2 * 60 * MIN })).toBe('cooldown');
    expect(shouldRefetch({ ...base, reason: 'timer', now: T - 2 * 60 * MIN })).toBeNull();
    expect(shouldRefetch({ ...base, reason: 'jump', now: T + MIN + 10_000 })).toBeNull();
  });
  it('any event that finds the clock set back refetches (a hidden tab saw the jump, then became visible)', () => {
    for (const reason of ['visible', 'focus', 'pageshow', 'online', 'peer'] as const) {
      expect(shouldRefetch({ ...base, reason, now: T - 2 * 60 * MIN })).toBe('cooldown');
    }
  });
  it('quiet: online no longer refetches by age; focus still does', () => {
    const now = T + 11 * MIN;
    expect(shouldRefetch({ ...base, reason: 'online', now })).toBe('cooldown');
    expect(shouldRefetch({ ...base, reason: 'online', now, quiet: true })).toBeNull();
    expect(shouldRefetch({ ...base, reason: 'focus', now, quiet: true })).toBe('cooldown');
  });
  it('resumes once when a long Retry-After ends, never inside it', () => {
    const resumeAt = T + 61 * MIN;
    const input = { ...base, reason: 'timer' as const, notBefore: resumeAt, resumeAt };
    expect(shouldRefetch({ ...input, now: resumeAt - 1 })).toBeNull();
    expect(shouldRefetch({ ...input, now: resumeAt })).toEqual({ at: resumeAt, kind: 'resume' });
    expect(shouldRefetch({ ...input, lastAttemptAt: resumeAt + 1, now: resumeAt + 2 })).toBeNull();
  });
});
