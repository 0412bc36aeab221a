import { startTimeLimit } from '../time/timeLimit.js';

/** Thrown by {@link Deadline.race} when the time is up (or the client went away). */
export class DeadlineError extends Error {
  constructor(readonly timedOut: boolean) {
    super(timedOut ? 'The proxy deadline passed' : 'The client went away');
    this.name = timedOut ? 'TimeoutError' : 'AbortError';
  }
}

/** One overall time limit for a proxy request: token, upstream calls and body reads together. */
export interface Deadline {
  /** Aborts when the time is up or the incoming request is aborted. */
  readonly signal: AbortSignal;
  /** True once the time is up (as opposed to the client leaving). */
  readonly timedOut: boolean;
  /** Settles like `work`, or rejects with a {@link DeadlineError} once the signal aborts. */
  race<T>(work: T | Promise<T>): Promise<T>;
  /** Stops the timer and the listener on the incoming request. */
  dispose(): void;
}

/** Starts a deadline of `ms` linked to `outer` (the incoming request's signal); see {@link startTimeLimit}. */
export function startDeadline(ms: number, outer?: AbortSignal): Deadline {
  const limit = startTimeLimit(ms, outer);
  const { signal } = limit;
  return {
    signal,
    get timedOut() {
      return limit.timedOut;
    },
    race<T>(work: T | Promise<T>): Promise<T> {
      if (signal.aborted) return Promise.reject(new DeadlineError(limit.timedOut));
      return new Promise<T>((resolve, reject) => {
        const onAbort = () => reject(new DeadlineError(limit.timedOut));
        signal.addEventListener('abort', onAbort, { once: true });
        Promise.resolve(work).then(
          (value) => {
            signal.removeEventListener('abort', onAbort);
            resolve(value);
          },
          (error: unknown) => {
            signal.removeEventListener('abort', onAbort);
            reject(error instanceof Error ? error : new Error('rejected'));
          },
        );
      });
    },
    dispose() {
      limit.dispose();
    },
  };
}
