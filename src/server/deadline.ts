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

/**
 * Starts a deadline of `ms` linked to `outer` (the incoming request's signal). Built from an
 * `AbortController` and `setTimeout` only: `AbortSignal.any` / `AbortSignal.timeout` are missing
 * in some fetch-standard runtimes (older edge runtimes among them).
 */
export function startDeadline(ms: number, outer?: AbortSignal): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ms);
  const onOuterAbort = () => controller.abort();
  if (outer?.aborted) controller.abort();
  else outer?.addEventListener('abort', onOuterAbort, { once: true });
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    race<T>(work: T | Promise<T>): Promise<T> {
      if (controller.signal.aborted) return Promise.reject(new DeadlineError(timedOut));
      return new Promise<T>((resolve, reject) => {
        const onAbort = () => reject(new DeadlineError(timedOut));
        controller.signal.addEventListener('abort', onAbort, { once: true });
        Promise.resolve(work).then(
          (value) => {
            controller.signal.removeEventListener('abort', onAbort);
            resolve(value);
          },
          (error: unknown) => {
            controller.signal.removeEventListener('abort', onAbort);
            reject(error instanceof Error ? error : new Error('rejected'));
          },
        );
      });
    },
    dispose() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    },
  };
}
