import { hashKey, type QueryClient, type QueryKey, type QueryState } from '@tanstack/react-query';
import { getSessionDeadlines, type SessionDeadlines } from '../session/deadlines.js';
import type { RateLimitedError, SessionError } from '../session/errors.js';
import type { Session } from '../session/schema.js';
import type { SessionClock } from '../time/clock.js';
import { isPageVisible, listenToPage } from '../time/pageEvents.js';
import { perQueryStore } from './perQueryStore.js';
import { MAX_RETRY_AFTER_IN_LOOP_MS } from './retryPolicy.js';
import { nextCheckpoint, shouldRefetch, type CheckpointOptions, type RefetchReason } from './schedule.js';
import { recordSelfActivity, selfActivityLag } from './selfActivity.js';
import { onSessionResult, type SessionResult } from './sessionQueryStore.js';
import { startTabSync, type TabSync } from './tabSync.js';

/** What one `useCurrentSession` asks of the shared watcher. */
export interface WatcherSettings {
  clock: SessionClock;
  warningMs: number;
  cooldownMs: number;
  enabled: boolean;
  probe: boolean;
  shareAcrossTabs: boolean;
}

/** Longest single wait: each wake-up compares the wall clock with when it was due, to see sleep. */
export const WATCH_HEARTBEAT_MS = 60_000;
/** A wake-up this far from when it was due means the machine slept or the clock was changed. */
export const CLOCK_JUMP_MS = 30_000;

// The page events that may mean time passed unseen; each but `visibilitychange` is its own RefetchReason.
const PAGE_EVENTS = ['visibilitychange', 'focus', 'online', 'pageshow'] as const;

/** One attached hook: its settings and how to wake it. */
interface Attachment {
  settings: WatcherSettings;
  onChange: () => void;
}

/**
 * Everything one wake-up of the watcher decides on, read once: the merged settings of every
 * attached hook, then the query's state with its instants converted to server time.
 */
interface WatcherSnapshot {
  /** The first hook's clock. */
  clock: SessionClock;
  /** Server time now. */
  now: number;
  /** Any hook enables. */
  enabled: boolean;
  /** The earliest warning; the probe only if every hook allows it and requests do not count as activity. */
  checkpoints: CheckpointOptions;
  /** The shortest cooldown. */
  cooldownMs: number;
  state: QueryState<Session, SessionError> | undefined;
  /** Null without a session: a signed-out page has no deadlines to schedule requests by. */
  deadlines: SessionDeadlines | null;
  /** The last answer, session or error. */
  lastAttemptAt: number;
  dataUpdatedAt: number;
  /** The latest error's `Retry-After` (429, 503) ends here; 0 without one. */
  notBefore: number;
  /** A `Retry-After` too long for the retries ended them; the watcher resumes here (else 0). */
  resumeAt: number;
}

/** The owner of refetching for one (QueryClient, session query); see {@link createSessionWatcher}. */
interface SessionWatcher {
  /** Adds a hook; the first one starts the watcher. Returns its detach; the last detach stops it and calls `onStop`. */
  attach(settings: WatcherSettings, onChange: () => void, onStop: () => void): () => void;
}

/**
 * The one watcher of a (QueryClient, session query), shared by every `useCurrentSession` that
 * shows it: one timer aimed at the next checkpoint or deadline (at most {@link WATCH_HEARTBEAT_MS}
 * ahead), the page listeners, and its share of the tabs' work (`tabSync.ts`). Each wake-up reads a
 * {@link WatcherSnapshot}, asks `schedule.ts` whether to refetch (`evaluate`), and sets the next
 * timer (`arm`). See docs/refetching.md.
 */
function createSessionWatcher(client: QueryClient, queryKey: QueryKey, hash: string): SessionWatcher {
  const attachments = new Set<Attachment>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the timer is due, in local time: a wake-up far from it means the clock jumped. */
  let dueAtLocal = 0;
  let stopListening: (() => void) | undefined;
  let tabs: TabSync | undefined;

  function attach(settings: WatcherSettings, onChange: () => void, onStop: () => void): () => void {
    const attachment: Attachment = { settings, onChange };
    attachments.add(attachment);
    if (attachments.size === 1) start();
    return () => {
      if (!attachments.delete(attachment) || attachments.size > 0) return;
      stop();
      onStop();
    };
  }

  function start(): void {
    tabs = startTabSync({
      client,
      queryKey,
      hash,
      share: firstSettings().shareAcrossTabs,
      snapshot,
      askPingOne: (s) => evaluate('peer', s),
      rearm: arm,
    });
    const unsubscribeCache = client.getQueryCache().subscribe((event) => {
      if (event.query.queryHash !== hash || event.type !== 'updated') return;
      notify();
      arm(snapshot());
    });
    const stopResults = onSessionResult(client, queryKey, onOwnResult);
    const stopPage = listenToPage(PAGE_EVENTS, ({ type }) => {
      if (type !== 'visibilitychange') evaluate(type as RefetchReason);
      else if (isPageVisible()) evaluate('visible');
    });
    const stopThese = () => {
      unsubscribeCache();
      stopResults();
      stopPage();
    };
    stopListening = stopThese;
    arm(snapshot());
    // Data already in the cache (hydrated, or kept from an earlier mount) may have a checkpoint
    // that passed meanwhile; the mount itself never refetches (refetchOnMount is off).
    // Skipped if this start was stopped before the microtask ran.
    queueMicrotask(() => {
      if (stopListening === stopThese) evaluate('timer');
    });
  }

  function stop(): void {
    clearTimeout(timer);
    stopListening?.();
    stopListening = undefined;
    tabs?.close();
    tabs = undefined;
  }

  /** The first attached hook's settings: its clock and its tab sharing serve the watcher. */
  function firstSettings(): WatcherSettings {
    return [...attachments][0]!.settings;
  }

  function notify(): void {
    attachments.forEach((attachment) => attachment.onChange());
  }

  /**
   * Reads the settings of every hook and the query's state. Once per wake-up (timer, page event,
   * cache update, tab message): what a wake-up decides and arms is computed from this one object.
   */
  function snapshot(): WatcherSnapshot {
    const lagMs = selfActivityLag(client, hash);
    const { clock } = firstSettings();
    let warningMs = -Infinity;
    let cooldownMs = Infinity;
    let enabled = false;
    let probe = lagMs === undefined;
    for (const { settings } of attachments) {
      warningMs = Math.max(warningMs, settings.warningMs);
      cooldownMs = Math.min(cooldownMs, settings.cooldownMs);
      enabled ||= settings.enabled;
      probe &&= settings.probe;
    }
    const state = client.getQueryState<Session, SessionError>(queryKey);
    const offset = clock.offsetMs();
    const toServerTime = (local: number) => (local > 0 ? local + offset : 0);
    const retryAfterMs = (state?.error as RateLimitedError | null | undefined)?.retryAfterMs ?? 0;
    const notBefore = toServerTime(state?.errorUpdatedAt ?? 0) + retryAfterMs;
    return {
      clock,
      now: clock.now(),
      enabled,
      checkpoints: { warningMs, probe, confirmLagMs: lagMs ?? 0 },
      cooldownMs,
      state,
      deadlines: state?.data ? getSessionDeadlines(state.data) : null,
      lastAttemptAt: toServerTime(state ? Math.max(state.dataUpdatedAt, state.errorUpdatedAt) : 0),
      dataUpdatedAt: toServerTime(state?.dataUpdatedAt ?? 0),
      notBefore,
      // Retries sleep through a short Retry-After; a longer one ended them, and it is ours to resume.
      resumeAt: retryAfterMs > MAX_RETRY_AFTER_IN_LOOP_MS ? notBefore : 0,
    };
  }

  /**
   * Sets the one timer for the earliest future instant that matters: the deadline, the next
   * checkpoint (never inside the `Retry-After` window; later by this tab's spread), the resume
   * point, the end of a peer's claim, and at most {@link WATCH_HEARTBEAT_MS} ahead.
   */
  function arm(s: WatcherSnapshot): void {
    clearTimeout(timer);
    const next = s.enabled ? nextCheckpoint(s.deadlines, s.lastAttemptAt, s.checkpoints) : null;
    const spreadMs = tabs?.spreadMs ?? 0;
    const peerBusyUntil = tabs?.peerBusyUntil ?? 0;
    const spread = (at: number | null | undefined) => (at ? at + spreadMs : at);
    let wait = WATCH_HEARTBEAT_MS;
    // Only future instants: an overdue checkpoint is handled by evaluate() or a page event, never
    // by a zero-delay timer that could fire in a loop. Every wait is in (0, WATCH_HEARTBEAT_MS],
    // so a deadline past setTimeout's 2^31-1 ms limit is reached by re-arming (no clampDelay).
    for (const at of [
      s.deadlines?.effectiveExpiresAt,
      spread(next && Math.max(next.at, s.notBefore)),
      spread(s.resumeAt),
      peerBusyUntil,
    ]) {
      if (at != null && at > s.now) wait = Math.min(wait, at - s.now);
    }
    dueAtLocal = s.now - s.clock.offsetMs() + wait;
    timer = setTimeout(() => onTimer(), wait);
  }

  /**
   * Wakes the hooks, refetches if `schedule.ts` says `reason` calls for it, and re-arms. A refetch
   * it starts changes nothing `arm` reads until its answer arrives (a cache update: a new wake-up).
   */
  function evaluate(reason: RefetchReason, s: WatcherSnapshot = snapshot()): void {
    notify();
    if (s.enabled && s.state?.fetchStatus === 'idle' && isPageVisible()) {
      // Without the probe our own requests may count as activity: `online` alone does not refetch.
      const decision = shouldRefetch({ reason, ...s, quiet: s.checkpoints.probe === false });
      // Another tab is asking already: its answer will arrive here (arm() wakes at peerBusyUntil
      // in case that tab froze). Otherwise say so, then ask.
      if (decision !== null && s.now >= (tabs?.peerBusyUntil ?? 0)) {
        tabs?.announceFetch(s.now);
        // cancelRefetch: false joins a fetch already in flight, so events in a burst make one request.
        void client.refetchQueries({ queryKey, exact: true }, { cancelRefetch: false });
      }
    }
    arm(s);
  }

  function onTimer(): void {
    const s = snapshot();
    evaluate(Math.abs(s.now - s.clock.offsetMs() - dueAtLocal) > CLOCK_JUMP_MS ? 'jump' : 'timer', s);
  }

  /** Tells other tabs what our own request learned, and checks whether it moved `activeAt` by itself. */
  function onOwnResult(result: SessionResult): void {
    tabs?.tellResult(result);
    if (result.kind !== 'session') return;
    const previous = client.getQueryState<Session, SessionError>(queryKey);
    const before = Date.parse(previous?.data?.activeAt ?? '');
    const activeAt = Date.parse(result.session.activeAt ?? '');
    if (!Number.isFinite(before) || !Number.isFinite(activeAt) || !previous?.dataUpdatedAt) return;
    const offset = firstSettings().clock.offsetMs();
    recordSelfActivity(
      client,
      hash,
      { activeAt: before, receivedAt: previous.dataUpdatedAt + offset },
      { activeAt, sentAt: result.sentAt, receivedAt: result.receivedAt },
    );
  }

  return { attach };
}

const watchers = perQueryStore<SessionWatcher>();

/**
 * Attaches a hook to the one {@link SessionWatcher} of (client, session query), starting it on the
 * first attach. `onChange` is called whenever the deadline may have been crossed.
 * @returns detach; the last detach stops the timer, the listeners and the tab channel
 */
export function attachSessionWatcher(
  client: QueryClient,
  queryKey: QueryKey,
  settings: WatcherSettings,
  onChange: () => void,
): () => void {
  const hash = hashKey(queryKey);
  const byHash = watchers(client);
  let watcher = byHash.get(hash);
  if (!watcher) byHash.set(hash, (watcher = createSessionWatcher(client, queryKey, hash)));
  const owner = watcher;
  return watcher.attach(settings, onChange, () => {
    if (byHash.get(hash) === owner) byHash.delete(hash);
  });
}
