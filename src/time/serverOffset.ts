/** A reading of the server's clock: its `Date` header and when we sent and received. */
export interface ServerTimeSample {
  /** The response `Date` header, epoch ms (1 s resolution). */
  serverDateMs: number;
  /** Local `Date.now()` just before the request was sent. */
  sentAtMs: number;
  /** Local `Date.now()` when the response headers arrived. */
  receivedAtMs: number;
}

/**
 * Offsets this small are left at 0: the `Date` header has 1 s resolution and the request takes
 * time, so a smaller estimate is indistinguishable from noise.
 */
export const OFFSET_DEAD_ZONE_MS = 2000;
/** `Date` headers before this instant (2020-01-01) come from a host without a real clock: ignored. */
export const MIN_PLAUSIBLE_SERVER_TIME = Date.UTC(2020, 0, 1);
/** Default bound on the server clock offset the clock will apply (24 h); beyond it is not a clock. */
export const DEFAULT_MAX_CLOCK_SKEW_MS = 24 * 60 * 60_000;

/**
 * Reads a `Date` header as an HTTP date (RFC 9110: it names a month, e.g. `Tue, 01 Dec 2026
 * 21:00:00 GMT`), epoch ms; `NaN` for anything else (`0`, `1`, `foo 1`, which `Date.parse`
 * would read as years) and for implausible times before {@link MIN_PLAUSIBLE_SERVER_TIME}.
 */
export function parseHttpDate(value: string | null | undefined): number {
  if (value == null || !/[a-z]{3}/i.test(value)) return Number.NaN;
  const ms = Date.parse(value);
  return ms >= MIN_PLAUSIBLE_SERVER_TIME ? ms : Number.NaN;
}

/** Samples whose round trip took longer than this say too little to be used. */
const MAX_USEFUL_RTT_MS = 30_000;

/** The result of {@link estimateServerOffset}. */
export interface ServerOffsetEstimate {
  /** `serverTime - localTime` to apply, ms. */
  offsetMs: number;
  /** True when the newest sample contradicts the others (the local clock jumped): drop them. */
  reset: boolean;
}

interface Reading {
  estimate: number;
  rtt: number;
  uncertainty: number;
}

function read(sample: ServerTimeSample): Reading | null {
  const rtt = sample.receivedAtMs - sample.sentAtMs;
  if (!Number.isFinite(rtt) || rtt < 0 || rtt > MAX_USEFUL_RTT_MS || !Number.isFinite(sample.serverDateMs)) return null;
  // The header is truncated to the second, so the server's true time lies in [date, date + 1 s).
  const estimate = sample.serverDateMs + 500 - (sample.sentAtMs + sample.receivedAtMs) / 2;
  return { estimate, rtt, uncertainty: rtt / 2 + 500 };
}

/**
 * Estimates the server clock offset from `Date` header samples (oldest first): the midpoint
 * method on the sample with the shortest round trip, ignoring anything within the dead zone.
 * Pure; `currentMs` is the offset in use, kept when the best estimate is within a second of it.
 */
export function estimateServerOffset(samples: readonly ServerTimeSample[], currentMs = 0): ServerOffsetEstimate {
  const readings = samples.map(read);
  const newest = readings[readings.length - 1] ?? null;
  const pool = readings.filter((r): r is Reading => r !== null);
  if (pool.length === 0) return { offsetMs: currentMs, reset: false };
  let best = pool.reduce((a, b) => (b.rtt < a.rtt ? b : a));
  const reset =
    newest !== null &&
    newest !== best &&
    Math.abs(newest.estimate - best.estimate) > OFFSET_DEAD_ZONE_MS + newest.uncertainty + best.uncertainty;
  if (reset) best = newest;
  const { estimate } = best;
  const offsetMs =
    Math.abs(estimate) <= OFFSET_DEAD_ZONE_MS
      ? 0
      : currentMs !== 0 && Math.abs(estimate - currentMs) <= 1000
        ? currentMs
        : Math.round(estimate);
  return { offsetMs, reset };
}
