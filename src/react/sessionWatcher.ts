import type { QueryClient, QueryKey, QueryState } from '@tanstack/react-query';
import type { SessionClock } from '../core/clock.js';
import { getSessionDeadlines, type SessionDeadlines } from '../core/deadlines.js';
import { NoSessionError, type RateLimitedError, type SessionError } from '../core/errors.js';
import { isPageVisible, listenToPage } from '../core/pageEvents.js';
import { nextCheckpoint, shouldRefetch, type CheckpointOptions, type RefetchReason } from '../core/schedule.js';
import type { Session } from '../core/schema.js';

/** What one `useCurrentSession` asks of the shared watcher. */
export interface WatcherSettings {
  clock: SessionClock;
  warningMs: number;
  cooldownMs: number;
  enabled: boolean;
  probe: boolean;
}

/** One attached hook: its settings and how to wake it. */
export interface Attachment {
  settings: WatcherSettings;
  onChange: () => void;
}

/** Longest single wait: each wake-up compares the wall clock with when it was due, to see sleep. */
export const WATCH_HEARTBEAT_MS = 60_000;
/** A wake-up this far from when it was due means the machine slept or the clock was changed. */
export const CLOCK_JUMP_MS = 30_000;
/** An `activeAt` this close to our own probe means the probe itself counted as activity. */
const SELF_ACTIVITY_TOLERANCE_MS = 3_000;

// Remembered per client for the page's life: once our probe moved `activeAt`, never probe again.
const probeMovesActivity = new WeakMap<QueryClient, Set<string>>();

/** The per-client map in a WeakMap store, created on first use. */
export function mapFor<V>(store: WeakMap<QueryClient, Map<string, V>>, client: QueryClient): Map<string, V> {
  let map = store.get(client);
  if (!map) store.set(client, (map = new Map<string, V>()));
  return map;
}

// The page events that may mean time passed unseen; each but `visibilitychange` is its own RefetchReason.
const PAGE_EVENTS = ['visibilitychange', 'focus', 'online', 'pageshow'] as const;

/**
 * Starts the watcher of one (QueryClient, session query): one timer and the page listeners,
 * shared by every attached hook (see `attachSessionWatcher`). Returns its stop function.
 */
export function startWatcher(client: QueryClient, queryKey: QueryKey, hash: string, attachments: Set<Attachment>): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAtRaw = 0;
  // What read() last saw, kept in these variables rather than a returned object (a smaller bundle):
  // the merged settings of every attachment, then the query's state with times in server time.
  let clock: SessionClock;
  let checkpoints: CheckpointOptions;
  let cooldownMs: number;
  let enabled: boolean;
  let state: QueryState<Session, SessionError> | undefined;
  let deadlines: SessionDeadlines | null;
  let now: number;
  let lastAttemptAt: number;
  let dataUpdatedAt: number;
  let notBefore: number;

  function read(): void {
    // The first hook's clock; the earliest warning, the shortest cooldown; any hook enables;
    // every hook must allow the probe, and it stays off once it was seen to count as activity.
    let first: SessionClock | undefined;
    let warningMs = -Infinity;
    let probe = !probeMovesActivity.get(client)?.has(hash);
    cooldownMs = Infinity;
    enabled = false;
    for (const { settings } of attachments) {
      first ??= settings.clock;
      warningMs = Math.max(warningMs, settings.warningMs);
      cooldownMs = Math.min(cooldownMs, settings.cooldownMs);
      enabled ||= settings.enabled;
      probe &&= settings.probe;
    }
    clock = first!;
    checkpoints = { warningMs, probe };
    state = client.getQueryState<Session, SessionError>(queryKey);
    const signedOut = state?.status === 'error' && state.error instanceof NoSessionError;
    // A signed-out session has nothing left to check; its old deadlines must not schedule requests.
    deadlines = state?.data && !signedOut ? getSessionDeadlines(state.data) : null;
    const offset = clock.offsetMs();
    const toServerTime = (raw: number) => (raw > 0 ? raw + offset : 0);
    now = clock.now();
    lastAttemptAt = toServerTime(state ? Math.max(state.dataUpdatedAt, state.errorUpdatedAt) : 0);
    dataUpdatedAt = toServerTime(state?.dataUpdatedAt ?? 0);
    // The latest error's Retry-After (429, 503) from when it arrived; `error` is null after a success.
    notBefore = toServerTime(state?.errorUpdatedAt ?? 0) + ((state?.error as RateLimitedError | null | undefined)?.retryAfterMs ?? 0);
  }

  const notify = () => attachments.forEach((a) => a.onChange());

  function arm(): void {
    clearTimeout(timer);
    read();
    const next = enabled ? nextCheckpoint(deadlines, lastAttemptAt, checkpoints) : null;
    let wait = WATCH_HEARTBEAT_MS;
    // Only future instants: an overdue checkpoint is handled by evaluate() or a visibility event,
    // never by a zero-delay timer that could fire in a loop. One inside the Retry-After window is
    // due when the window ends (shouldRefetch declines it until then).
    for (const at of [deadlines?.effectiveExpiresAt, next && Math.max(next.at, notBefore)]) {
      if (at != null && at > now) wait = Math.min(wait, at - now);
    }
    // No clampDelay needed: every wait is in (0, WATCH_HEARTBEAT_MS], far below setTimeout's limit,
    // so a deadline past 2^31-1 ms (PingOne's 72000-minute example) is reached by re-arming.
    dueAtRaw = now - clock.offsetMs() + wait;
    timer = setTimeout(onTimer, wait);
  }

  function evaluate(reason: RefetchReason): void {
    notify();
    read();
    if (enabled && state?.fetchStatus === 'idle' && isPageVisible()) {
      const decision = shouldRefetch({ reason, now, deadlines, lastAttemptAt, dataUpdatedAt, cooldownMs, checkpoints, notBefore });
      if (decision !== null) refetch(clock, decision !== 'cooldown' && decision.kind === 'probe');
    }
    arm();
  }

  function refetch(clock: SessionClock, probing: boolean): void {
    const startedAt = clock.now();
    // cancelRefetch: false joins a fetch already in flight, so events in a burst make one request.
    void client.refetchQueries({ queryKey, exact: true }, { cancelRefetch: false }).then(() => {
      if (!probing) return;
      const activeAt = Date.parse(client.getQueryData<Session>(queryKey)?.activeAt ?? '');
      if (activeAt >= startedAt - SELF_ACTIVITY_TOLERANCE_MS && activeAt <= clock.now() + SELF_ACTIVITY_TOLERANCE_MS) {
        const set = probeMovesActivity.get(client) ?? new Set<string>();
        probeMovesActivity.set(client, set.add(hash));
        arm();
      }
    });
  }

  function onTimer(): void {
    read();
    evaluate(Math.abs(now - clock.offsetMs() - dueAtRaw) > CLOCK_JUMP_MS ? 'jump' : 'timer');
  }

  const onPageEvent = ({ type }: Event) => {
    if (type !== 'visibilitychange') evaluate(type as RefetchReason);
    else if (isPageVisible()) evaluate('visible');
  };
  const unsubscribeCache = client.getQueryCache().subscribe((event) => {
    if (event.query.queryHash !== hash || event.type !== 'updated') return;
    notify();
    arm();
  });
  listenToPage(PAGE_EVENTS, onPageEvent, true);
  arm();

  return () => {
    clearTimeout(timer);
    unsubscribeCache();
    listenToPage(PAGE_EVENTS, onPageEvent, false);
  };
}
