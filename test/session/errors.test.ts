// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  NoSessionError,
  RateLimitedError,
  SessionConfigError,
  SessionError,
  SessionForbiddenError,
  SessionHttpError,
  SessionNetworkError,
  SessionResponseError,
  SessionServerError,
  SessionTimeoutError,
  isSessionError,
  type SessionErrorKind,
} from '../../src/session/errors';

const body = { id: 'err-1', code: 'ACCESS_FAILED', details: [{ code: 'INVALID_TOKEN', message: 'bad' }] };

describe('typed errors', () => {
  const cases: [SessionError, SessionErrorKind, string][] = [
    [new NoSessionError('m', { status: 401, body }), 'no-session', 'NoSessionError'],
    [new SessionForbiddenError('m', { status: 403 }), 'forbidden', 'SessionForbiddenError'],
    [new RateLimitedError('m', { status: 429, retryAfterMs: 5000 }), 'rate-limited', 'RateLimitedError'],
    [new SessionServerError('m', { status: 503 }), 'server', 'SessionServerError'],
    [new SessionHttpError('m', { status: 418 }), 'http', 'SessionHttpError'],
    [new SessionNetworkError('m'), 'network', 'SessionNetworkError'],
    [new SessionTimeoutError(10), 'timeout', 'SessionTimeoutError'],
    [new SessionResponseError('m'), 'invalid-response', 'SessionResponseError'],
    [new SessionConfigError('m'), 'config', 'SessionConfigError'],
  ];

  it.each(cases)('%s has kind %s and is an Error and a SessionError', (error, kind, name) => {
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(SessionError);
    expect(isSessionError(error)).toBe(true);
    expect(error.kind).toBe(kind);
    expect(error.name).toBe(name);
    expect(typeof error.stack).toBe('string');
  });

  it('HTTP errors are SessionHttpError with status and PingOne fields', () => {
    const error = new NoSessionError('No current session', { status: 401, body });
    expect(error).toBeInstanceOf(SessionHttpError);
    expect(error.status).toBe(401);
    expect(error.code).toBe('ACCESS_FAILED');
    expect(error.id).toBe('err-1');
    expect(error.details).toEqual([{ code: 'INVALID_TOKEN', message: 'bad' }]);
    expect(new SessionNetworkError('x')).not.toBeInstanceOf(SessionHttpError);
  });

  it('carries retryAfterMs on 429 and 503', () => {
    expect(new RateLimitedError('m', { status: 429, retryAfterMs: 1500 }).retryAfterMs).toBe(1500);
    expect(new SessionServerError('m', { status: 503, retryAfterMs: 2000 }).retryAfterMs).toBe(2000);
    expect(new RateLimitedError('m', { status: 429 }).retryAfterMs).toBeUndefined();
  });

  it('isSessionError rejects plain errors and non-errors', () => {
    expect(isSessionError(new Error('x'))).toBe(false);
    expect(isSessionError({ kind: 'network' })).toBe(false);
    expect(isSessionError(null)).toBe(false);
  });

  it('keeps a cause when given', () => {
    const cause = new TypeError('fetch failed');
    expect(new SessionNetworkError('x', { cause }).cause).toBe(cause);
  });
});
