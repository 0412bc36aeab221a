// What every request this package sends shares, whoever sends it (the fetcher, the account calls,
// the worker token source, the proxy): where fetch comes from, and how a request that got no HTTP
// answer is named.
import type { TimeLimit } from '../time/timeLimit.js';
import { SessionConfigError, SessionError, SessionNetworkError, SessionTimeoutError } from './errors.js';

/** `given`, else the runtime's `fetch`; a `SessionConfigError` where there is none. */
export function resolveFetch(given: typeof fetch | undefined): typeof fetch {
  const fetchImpl = given ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new SessionConfigError('No fetch is available; pass the `fetch` option');
  return fetchImpl;
}

/** What {@link fetchFailure} needs to name a failure. */
export interface FetchFailureContext {
  /** What was called, for the message: "the session endpoint", "PingOne's token endpoint ...". */
  where: string;
  /** The request's time limit, if it had one: its end is a timeout. */
  limit?: TimeLimit;
  timeoutMs?: number;
  /** The caller's own signal: its abort is neither a timeout nor a network failure. */
  outer?: AbortSignal;
}

/**
 * The typed error for a request that got no HTTP answer: a `SessionError` thrown on the way
 * passes through; the time limit's end is a `SessionTimeoutError`; the caller's abort says so;
 * anything else is a `SessionNetworkError` naming `where` and the error's name only (fetch's
 * messages and causes can quote the request).
 */
export function fetchFailure(error: unknown, { where, limit, timeoutMs, outer }: FetchFailureContext): SessionError {
  if (error instanceof SessionError) return error;
  if (limit?.timedOut && timeoutMs !== undefined) return new SessionTimeoutError(timeoutMs);
  if (outer?.aborted) return new SessionNetworkError(`The request to ${where} was aborted`, { cause: outer.reason });
  return new SessionNetworkError(`Could not reach ${where} (${error instanceof Error ? error.name : 'unknown failure'})`);
}
