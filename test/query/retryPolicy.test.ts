import { describe, expect, it } from 'vitest';
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
