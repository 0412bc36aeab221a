// @vitest-environment node
// The token endpoint's errors follow the session endpoint's rules (one copy in session/httpError.ts):
// 429 and 5xx are the same classes with the same Retry-After; the rest never means "no session".
import { describe, expect, it } from 'vitest';
import { httpError, retryLaterErrorClass } from '../../src/session/httpError';
import { NoSessionError, RateLimitedError, SessionHttpError, SessionServerError } from '../../src/session/errors';
import { workerTokenHttpError } from '../../src/server/workerTokenHttpError';

const NOW = Date.parse('2025-01-15T10:00:00Z');
const context = { where: 'https://auth.example/env/as/token (client_secret_basic)', now: NOW };

function answer(status: number, retryAfter?: string): Response {
  return new Response('{"error":"invalid_client"}', { status, headers: retryAfter ? { 'Retry-After': retryAfter } : {} });
}

describe('workerTokenHttpError', () => {
  it.each([
    [429, '7', RateLimitedError, 7000],
    [503, 'Wed, 15 Jan 2025 10:00:30 GMT', SessionServerError, 30_000],
    [500, undefined, SessionServerError, undefined],
  ])('HTTP %i is the class and delay the session endpoint gives', (status, retryAfter, Class, retryAfterMs) => {
    const fromToken = workerTokenHttpError(answer(status, retryAfter), '{}', context);
    const fromSession = httpError(answer(status, retryAfter), undefined, NOW);
    expect(retryLaterErrorClass(status)).toBe(Class);
    expect(fromToken).toBeInstanceOf(Class);
    expect(fromSession).toBeInstanceOf(Class);
    expect((fromToken as RateLimitedError).retryAfterMs).toBe(retryAfterMs);
    expect((fromSession as RateLimitedError).retryAfterMs).toBe(retryAfterMs);
  });

  it.each([400, 401, 403, 404])('HTTP %i is a refusal with advice, never "no session"', (status) => {
    const error = workerTokenHttpError(answer(status), '{"error":"invalid_client"}', context);
    expect(retryLaterErrorClass(status)).toBeUndefined();
    expect(error.constructor).toBe(SessionHttpError);
    expect(error).not.toBeInstanceOf(NoSessionError);
    expect(error.message).toContain(context.where);
    expect(error.message).toMatch(/check /);
  });
});
