import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionConfigError, SessionForbiddenError, SessionNetworkError, SessionTimeoutError } from '../../src/session/errors';
import { fetchFailure, resolveFetch } from '../../src/session/transport';
import { startTimeLimit } from '../../src/time/timeLimit';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('fetchFailure: one name for a request that got no HTTP answer', () => {
  it('passes a SessionError thrown on the way through unchanged', () => {
    const error = new SessionForbiddenError('no', { status: 403 });
    expect(fetchFailure(error, { where: 'x' })).toBe(error);
  });

  it('calls the end of the time limit a timeout, with its length', () => {
    vi.useFakeTimers();
    const limit = startTimeLimit(1000);
    vi.advanceTimersByTime(1000);
    const failure = fetchFailure(new DOMException('aborted', 'AbortError'), { where: 'x', limit, timeoutMs: 1000 });
    expect(failure).toBeInstanceOf(SessionTimeoutError);
    expect(failure).toMatchObject({ kind: 'timeout', timeoutMs: 1000 });
    limit.dispose();
  });

  it("calls the caller's abort an abort, not a timeout", () => {
    const outer = new AbortController();
    const limit = startTimeLimit(60_000, outer.signal);
    outer.abort('navigated away');
    const failure = fetchFailure(new DOMException('aborted', 'AbortError'), {
      where: 'the session proxy',
      limit,
      timeoutMs: 60_000,
      outer: outer.signal,
    });
    expect(failure).toBeInstanceOf(SessionNetworkError);
    expect(failure.message).toBe('The request to the session proxy was aborted');
    limit.dispose();
  });

  it("names the place and the error's name, never its message (it can quote the request)", () => {
    const failure = fetchFailure(new TypeError('fetch failed for https://h/?ST=secret-token'), { where: 'PingOne at h' });
    expect(failure).toBeInstanceOf(SessionNetworkError);
    expect(failure.message).toBe('Could not reach PingOne at h (TypeError)');
    expect(JSON.stringify(failure)).not.toContain('secret-token');
    expect(fetchFailure('a string', { where: 'x' }).message).toBe('Could not reach x (unknown failure)');
  });
});

describe('resolveFetch', () => {
  it('prefers the given fetch, else the runtime one, else says what to pass', () => {
    const given = (() => Promise.resolve(new Response())) as typeof fetch;
    expect(resolveFetch(given)).toBe(given);
    expect(resolveFetch(undefined)).toBe(globalThis.fetch);
    vi.stubGlobal('fetch', undefined);
    expect(() => resolveFetch(undefined)).toThrow(SessionConfigError);
    expect(() => resolveFetch(undefined)).toThrow(/pass the `fetch` option/);
  });
});
