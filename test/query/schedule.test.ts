import { describe, expect, it } from 'vitest';
import { getSessionDeadlines } from '../../src/session/deadlines';
import {
  NoSessionError,
  RateLimitedError,
  SessionForbiddenError,
  SessionHttpError,
  SessionNetworkError,
  SessionResponseError,
  SessionServerError,
  SessionTimeoutError,
} from '../../src/session/errors';
import {
  MAX_RETRY_AFTER_IN_LOOP_MS,
  MAX_SESSION_RETRIES,
  RETRY_MAX_MS,
  sessionRetryDelay,
  shouldRetrySession,
} from '../../src/query/retryPolicy';
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

describe('retry policy', () => {
  const opts = { status: 0 };
  it('never retries 400/401/403/404, bad bodies or config errors', () => {
    expect(shouldRetrySession(0, new NoSessionError('x', { ...opts, status: 401 }))).toBe(false);
    expect(shouldRetrySession(0, new NoSessionError('x', { ...opts, status: 404 }))).toBe(false);
    expect(shouldRetrySession(0, new SessionForbiddenError('x', { ...opts, status: 403 }))).toBe(false);
    expect(shouldRetrySession(0, new SessionHttpError('x', { ...opts, status: 400 }))).toBe(false);
    expect(shouldRetrySession(0, new SessionHttpError('x', { ...opts, status: 418 }))).toBe(false);
    // 408 Request Timeout is transient, as in Ping's SDK.
    expect(shouldRetrySession(0, new SessionHttpError('x', { ...opts, status: 408 }))).toBe(true);
    expect(shouldRetrySession(MAX_SESSION_RETRIES, new SessionHttpError('x', { ...opts, status: 408 }))).toBe(false);
    expect(shouldRetrySession(0, new SessionResponseError('x'))).toBe(false);
    expect(shouldRetrySession(0, new Error('not ours'))).toBe(false);
  });
  it('retries 429, 5xx, network and timeout, a bounded number of times', () => {
    for (const error of [
      new RateLimitedError('x', { status: 429 }),
      new SessionServerError('x', { status: 503 }),
      new SessionNetworkError('x'),
      new SessionTimeoutError(10_000),
    ]) {
      expect(shouldRetrySession(0, error)).toBe(true);
      expect(shouldRetrySession(MAX_SESSION_RETRIES, error)).toBe(false);
    }
  });
  it('waits Retry-After when given, else backs off exponentially with jitter, capped', () => {
    expect(sessionRetryDelay(0, new RateLimitedError('x', { status: 429, retryAfterMs: 7000 }))).toBe(7000);
    expect(sessionRetryDelay(0, new SessionServerError('x', { status: 503, retryAfterMs: 2000 }))).toBe(2000);
    const network = new SessionNetworkError('x');
    expect(sessionRetryDelay(0, network, () => 0)).toBe(500);
    expect(sessionRetryDelay(0, network, () => 1)).toBe(1000);
    expect(sessionRetryDelay(2, network, () => 0)).toBe(2000);
    expect(sessionRetryDelay(2, network, () => 1)).toBe(4000);
    expect(sessionRetryDelay(20, network, () => 1)).toBe(RETRY_MAX_MS);
    expect(sessionRetryDelay(0, new RateLimitedError('x', { status: 429 }), () => 1)).toBe(1000);
  });
});

describe('retry policy as Ping documents it (contract 5)', () => {
  it('retries exactly 408, 429, 500, 502, 503, 504 among HTTP statuses', () => {
    const retried = [];
    for (let status = 400; status < 600; status++) {
      const error =
        status === 429
          ? new RateLimitedError('x', { status })
          : status >= 500
            ? new SessionServerError('x', { status })
            : new SessionHttpError('x', { status });
      if (shouldRetrySession(0, error)) retried.push(status);
    }
    expect(retried).toEqual([408, 429, 500, 502, 503, 504]);
  });
  it('honours Retry-After inside the retries only up to 30 s; longer ends the retries', () => {
    expect(MAX_RETRY_AFTER_IN_LOOP_MS).toBe(30_000);
    expect(shouldRetrySession(0, new RateLimitedError('x', { status: 429, retryAfterMs: 30_000 }))).toBe(true);
    expect(sessionRetryDelay(0, new RateLimitedError('x', { status: 429, retryAfterMs: 30_000 }))).toBe(30_000);
    expect(shouldRetrySession(0, new RateLimitedError('x', { status: 429, retryAfterMs: 30_001 }))).toBe(false);
    expect(shouldRetrySession(0, new SessionServerError('x', { status: 503, retryAfterMs: 3_600_000 }))).toBe(false);
  });
});

describe('shouldRefetch: clock set back, quiet mode, resuming after a long Retry-After', () => {
  const base = { deadlines: idleSession, cooldownMs: 30_000, lastAttemptAt: T + MIN, dataUpdatedAt: T + MIN };
  it('a backward jump (negative age) refetches at once; a timer does not', () => {
    expect(shouldRefetch({ ...base, reason: 'jump', now: T - 2 * 60 * MIN })).toBe('cooldown');
    expect(shouldRefetch({ ...base, reason: 'timer', now: T - 2 * 60 * MIN })).toBeNull();
    expect(shouldRefetch({ ...base, reason: 'jump', now: T + MIN + 10_000 })).toBeNull();
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
