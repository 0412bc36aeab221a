import { clampDelay } from './clampDelay.js';
import { isPageVisible, listenToPage } from './pageEvents.js';
import { DEFAULT_MAX_CLOCK_SKEW_MS, estimateServerOffset, type ServerTimeSample } from './serverOffset.js';

/**
 * A shared, server-corrected source of "now" that anything ticking (countdowns) subscribes to.
 * One timer serves every subscriber; listeners are told only when their displayed unit changes.
 */
export interface SessionClock {
  /** Current time in epoch ms, corrected by the estimated server offset (PingOne's clock). */
  now(): number;
  /**
   * Calls `listener` whenever {@link tickStart}`(now(), unitMs, anchorMs)` changes (once per
   * displayed second or minute), and when the server offset moves. Returns the unsubscribe function.
   * @param anchorMs an instant the ticks fall on (default 0: whole units of epoch time); a
   * countdown passes its deadline so that it reaches zero at the deadline, not up to a unit late
   */
  subscribe(listener: () => void, unitMs: number, anchorMs?: number): () => void;
  /** Feeds one reading of the server's `Date` header; the offset follows robust estimates only. */
  recordServerTime(sample: ServerTimeSample): void;
  /** The current estimate of `serverTime - localTime`, ms (0 until a sample says otherwise). */
  offsetMs(): number;
}

/** Options of {@link createSessionClock}. */
export interface SessionClockOptions {
  /** The local time source (default `Date.now`); inject a fixed or fake one in tests and Storybook. */
  now?: () => number;
  /**
   * The largest server clock offset applied, ms (default 24 h). A `Date` header further off is
   * not a clock (a misconfigured host or proxy): it is ignored and reported once via `onWarning`.
   */
  maxClockSkewMs?: number;
  /** Receives the clock's one-time warnings (default `console.warn`). */
  onWarning?: (message: string) => void;
}

interface Subscription {
  listener: () => void;
  unitMs: number;
  anchorMs: number;
  last: number;
}

/** The latest instant `anchorMs + k * unitMs` (k an integer) at or before `t`. */
export function tickStart(t: number, unitMs: number, anchorMs = 0): number {
  return Math.floor((t - anchorMs) / unitMs) * unitMs + anchorMs;
}

// Browsers throttle timers in hidden tabs and freeze them during sleep; a page that becomes
// visible again should show the right time at once rather than at the next throttled tick.
const WAKE_EVENTS = ['visibilitychange', 'pageshow', 'focus'] as const;

/**
 * Creates a {@link SessionClock}. The single timer is armed by the first subscriber and cleared
 * by the last. Each tick reads the time source afresh, so there is no drift after throttling or
 * sleep, and the timer is aimed at the soonest next tick of any subscriber instead of firing on
 * a fixed period (no wasted wake-ups, no up-to-a-unit lag).
 */
export function createSessionClock(options: SessionClockOptions = {}): SessionClock {
  const source = options.now ?? (() => Date.now());
  const maxSkewMs = options.maxClockSkewMs ?? DEFAULT_MAX_CLOCK_SKEW_MS;
  let warned = false;
  const subscriptions = new Set<Subscription>();
  const samples: ServerTimeSample[] = [];
  let offset = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopListening: (() => void) | undefined;

  const now = () => source() + offset;

  function notify(): void {
    const t = now();
    for (const sub of [...subscriptions]) {
      const start = tickStart(t, sub.unitMs, sub.anchorMs);
      if (start !== sub.last) {
        sub.last = start;
        sub.listener();
      }
    }
  }

  function arm(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (subscriptions.size === 0) return;
    const t = now();
    let delay = Infinity;
    for (const sub of subscriptions) delay = Math.min(delay, tickStart(t, sub.unitMs, sub.anchorMs) + sub.unitMs - t);
    // At least 1 ms so a time source that stands still (a fixed Storybook clock) cannot spin.
    timer = setTimeout(tick, Math.max(1, clampDelay(delay)));
  }

  function tick(): void {
    timer = undefined;
    notify();
    arm();
  }

  function onWake(): void {
    if (!isPageVisible()) return;
    tick();
  }

  return {
    now,
    subscribe(listener, unitMs, anchorMs = 0) {
      const unit = Number.isFinite(unitMs) && unitMs >= 1 ? unitMs : 1000;
      const anchor = Number.isFinite(anchorMs) ? anchorMs : 0;
      const sub: Subscription = { listener, unitMs: unit, anchorMs: anchor, last: tickStart(now(), unit, anchor) };
      const first = subscriptions.size === 0;
      subscriptions.add(sub);
      if (first) stopListening = listenToPage(WAKE_EVENTS, onWake);
      arm();
      return () => {
        if (!subscriptions.delete(sub)) return;
        if (subscriptions.size === 0) stopListening?.();
        arm();
      };
    },
    recordServerTime(sample) {
      samples.push(sample);
      if (samples.length > 8) samples.shift();
      const next = estimateServerOffset(samples, offset);
      if (Math.abs(next.offsetMs) > maxSkewMs) {
        // Not a clock we can believe: forget the sample, keep the offset, say so once.
        samples.pop();
        if (!warned) {
          warned = true;
          (options.onWarning ?? console.warn)(
            `pingone-session-react: ignored a Date header ${Math.round(next.offsetMs / 60_000)} min off (beyond maxClockSkewMs)`,
          );
        }
        return;
      }
      // A jump of the local clock makes older samples wrong; keep only the newest then.
      if (next.reset) samples.splice(0, samples.length - 1);
      if (next.offsetMs !== offset) {
        offset = next.offsetMs;
        notify();
        arm();
      }
    },
    offsetMs: () => offset,
  };
}

/** The page-wide clock used when no `SessionClockProvider` or `clock` option says otherwise. */
export const defaultSessionClock: SessionClock = createSessionClock();
