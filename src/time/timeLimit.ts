/** A time limit on some work: its signal aborts when the time is up or `outer` aborts. */
export interface TimeLimit {
  /** Aborts when the time is up or the outer signal aborts. */
  readonly signal: AbortSignal;
  /** True once the time is up (as opposed to the outer signal aborting). */
  readonly timedOut: boolean;
  /** Stops the timer and the listener on the outer signal. */
  dispose(): void;
}

/**
 * Starts a time limit of `ms` linked to `outer`. Built from an `AbortController` and `setTimeout`
 * only: `AbortSignal.any` / `AbortSignal.timeout` are missing in some fetch-standard runtimes
 * (older edge runtimes among them). Shared by the fetcher and the proxy.
 */
export function startTimeLimit(ms: number, outer?: AbortSignal): TimeLimit {
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
    dispose() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    },
  };
}
