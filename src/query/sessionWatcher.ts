import type { QueryClient, QueryKey, QueryState } from '@tanstack/react-query';
import type { SessionClock } from '../time/clock.js';
import { getSessionDeadlines, type SessionDeadlines } from '../session/deadlines.js';
import { NoSessionError, type RateLimitedError, type SessionError } from '../session/errors.js';
import { parseSession } from '../session/parseSession.js';
import { MAX_RETRY_AFTER_IN_LOOP_MS } from './retryPolicy.js';
import { isPageVisible, listenToPage } from '../time/pageEvents.js';
import { nextCheckpoint, shouldRefetch, type CheckpointOptions, type RefetchReason } from './schedule.js';
import type { Session } from '../session/schema.js';
import { markSignedOut, sessionQueryEntry, type SessionResult } from './sessionQueryStore.js';
import { openTabChannel, type TabMessage } from './tabChannel.js';

/** What one `useCurrentSession` asks of the shared watcher. */
export interface WatcherSettings {
  clock: SessionClock;
  warningMs: number;
  cooldownMs: number;
  enabled: boolean;
  probe: boolean;
  shareAcrossTabs: boolean;
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
/** Tabs spread their checkpoint requests over this window, so the first one's answer serves all. */
export const TAB_SPREAD_MS = 2_000;
/** How long a tab waits for another tab's announced request before fetching itself (frozen tabs). */
export const PEER_WAIT_MS = 5_000;
/** How far ahead of this tab's clock another tab's timestamp may be before it is not believed. */
const PEER_CLOCK_SLACK_MS = 5_000;

/** Clock and network slack when matching `activeAt` against our own requests. */
const SELF_ACTIVITY_TOLERANCE_MS = 3_000;
/** How far PingOne's `activeAt` may trail the request that moved it (write lag, coarse clocks). */
export const SELF_ACTIVITY_MAX_LAG_MS = 60_000;

// Remembered per client for the page's life: once our own request moved `activeAt`, never probe
// again, let `online` no longer refetch by itself, and confirm only once `activeAt`'s lag behind
// our request has passed too (else the confirmation lands before PingOne's real deadline and
// extends the session itself). The value is that lag, ms.
const requestsMoveActivity = new WeakMap<QueryClient, Map<string, number>>();

/**
 * Whether a request of ours moved `activeAt` by itself: `activeAt` advanced by as much as the time
 * between the previous answer and this request (a constant lag of up to
 * {@link SELF_ACTIVITY_MAX_LAG_MS} behind the request), which a person's activity elsewhere
 * matches only by chance. All times in server time.
 */
export function isSelfActivity(
  previous: { activeAt: number; receivedAt: number },
  next: { activeAt: number; sentAt: number; receivedAt: number },
): boolean {
  const lag = next.sentAt - next.activeAt;
  return (
    next.activeAt > previous.activeAt &&
    lag >= -(next.receivedAt - next.sentAt) - SELF_ACTIVITY_TOLERANCE_MS &&
    lag <= SELF_ACTIVITY_MAX_LAG_MS + SELF_ACTIVITY_TOLERANCE_MS &&
    Math.abs(next.activeAt - previous.activeAt - (next.sentAt - previous.receivedAt)) <= SELF_ACTIVITY_TOLERANCE_MS
  );
}

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
  let resumeAt: number;
  let quiet: boolean;
  let stopped = false;
  const entry = sessionQueryEntry(client, queryKey);
  // Another tab announced a request; its answer is awaited until then (server time).
  let peerBusyUntil = 0;
  // One claim at a time: a peer that keeps announcing requests without answering holds this tab
  // off for at most PEER_WAIT_MS in every 2 × PEER_WAIT_MS.
  let peerClaimsBlockedUntil = 0;
  const channel = [...attachments][0]?.settings.shareAcrossTabs ? openTabChannel(`pingone-session:${hash}`, onTabMessage) : null;
  // This tab's place in the spread: with other tabs around, checkpoints fire this much late, so
  // one tab asks for all. Alone, it asks on time.
  const tabSpreadMs = Math.floor(Math.random() * TAB_SPREAD_MS);
  let spreadMs = 0;

  function read(): void {
    // The first hook's clock; the earliest warning, the shortest cooldown; any hook enables;
    // every hook must allow the probe, and it stays off once it was seen to count as activity.
    let first: SessionClock | undefined;
    let warningMs = -Infinity;
    const lagMs = requestsMoveActivity.get(client)?.get(hash);
    let probe = lagMs === undefined;
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
    checkpoints = { warningMs, probe, confirmLagMs: lagMs ?? 0 };
    quiet = !probe;
    state = client.getQueryState<Session, SessionError>(queryKey);
    // A no-session answer drops the data: a signed-out page has no deadlines to schedule requests.
    deadlines = state?.data ? getSessionDeadlines(state.data) : null;
    const offset = clock.offsetMs();
    const toServerTime = (raw: number) => (raw > 0 ? raw + offset : 0);
    now = clock.now();
    lastAttemptAt = toServerTime(state ? Math.max(state.dataUpdatedAt, state.errorUpdatedAt) : 0);
    dataUpdatedAt = toServerTime(state?.dataUpdatedAt ?? 0);
    // The latest error's Retry-After (429, 503) from when it arrived; `error` is null after a success.
    const retryAfterMs = (state?.error as RateLimitedError | null | undefined)?.retryAfterMs ?? 0;
    notBefore = toServerTime(state?.errorUpdatedAt ?? 0) + retryAfterMs;
    // Retries sleep through a short Retry-After; a longer one ended them, and it is ours to resume.
    resumeAt = retryAfterMs > MAX_RETRY_AFTER_IN_LOOP_MS ? notBefore : 0;
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
    const spread = (at: number | null | undefined) => (at ? at + spreadMs : at);
    for (const at of [
      deadlines?.effectiveExpiresAt,
      spread(next && Math.max(next.at, notBefore)),
      spread(resumeAt),
      peerBusyUntil,
    ]) {
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
      const decision = shouldRefetch({
        reason,
        now,
        deadlines,
        lastAttemptAt,
        dataUpdatedAt,
        cooldownMs,
        checkpoints,
        notBefore,
        resumeAt,
        quiet,
      });
      // Another tab is asking already: its answer will arrive here (arm() wakes at peerBusyUntil
      // in case that tab froze). Otherwise say so, then ask.
      if (decision !== null && now >= peerBusyUntil) {
        channel?.post({ type: 'fetching', until: now + PEER_WAIT_MS });
        // cancelRefetch: false joins a fetch already in flight, so events in a burst make one request.
        void client.refetchQueries({ queryKey, exact: true }, { cancelRefetch: false });
      }
    }
    arm();
  }

  // Another tab's answer is as good as ours: the session (if newer than ours) or a sign-out.
  function onTabMessage(message: TabMessage): void {
    spreadMs = tabSpreadMs;
    read();
    if (message.type === 'hello') channel?.post({ type: 'here' });
    else if (message.type === 'fetching') {
      if (Number.isFinite(message.until) && now >= peerClaimsBlockedUntil) {
        peerBusyUntil = Math.min(message.until, now + PEER_WAIT_MS);
        peerClaimsBlockedUntil = now + 2 * PEER_WAIT_MS;
      }
    } else if (message.type === 'session') {
      let session: Session;
      try {
        session = parseSession(message.session).session;
      } catch {
        return;
      }
      // Only a plausible answer: received by now (not stamped in the future to outrank every
      // later one), newer than ours and than our sign-out, and about the session we hold. A
      // different session or user is a cue to ask PingOne ourselves, never data to show.
      if (!Number.isFinite(message.at) || message.at > now + PEER_CLOCK_SLACK_MS) return;
      const receivedLocally = message.at - clock.offsetMs();
      if (!(message.at > dataUpdatedAt) || (entry.signedOut && receivedLocally <= entry.signedOut.at)) return;
      peerBusyUntil = 0;
      peerClaimsBlockedUntil = 0;
      const held = state?.data;
      if (held && (held.id !== session.id || held.user?.id !== session.user?.id)) {
        evaluate('peer');
        return;
      }
      entry.signedOut = undefined;
      client.setQueryData<Session>(queryKey, session, { updatedAt: Math.min(receivedLocally, Date.now()) });
    } else if (message.type === 'signed-out' && ['idle-timeout', 'ended', 'not-signed-in'].includes(message.reason)) {
      peerBusyUntil = 0;
      peerClaimsBlockedUntil = 0;
      if (state?.status === 'error' && entry.signedOut) return;
      const error = new NoSessionError('Signed out (another tab)', { status: 404 });
      markSignedOut(client, queryKey, { reason: entry.signedOut?.reason ?? message.reason, error });
      client.getQueryCache().find({ queryKey, exact: true })?.setState({ status: 'error', error, errorUpdatedAt: Date.now() });
    }
    arm();
  }

  // Every answer of ours is compared with the one before it: did our own request move activeAt?
  function onOwnResult(result: SessionResult): void {
    channel?.post(
      result.kind === 'session'
        ? { type: 'session', session: result.session, at: result.receivedAt }
        : { type: 'signed-out', reason: result.reason },
    );
    if (result.kind !== 'session' || requestsMoveActivity.get(client)?.has(hash)) return;
    const previous = client.getQueryState<Session, SessionError>(queryKey);
    const before = Date.parse(previous?.data?.activeAt ?? '');
    const activeAt = Date.parse(result.session.activeAt ?? '');
    if (!Number.isFinite(before) || !Number.isFinite(activeAt) || !previous?.dataUpdatedAt) return;
    const receivedAt = previous.dataUpdatedAt + clock.offsetMs();
    if (isSelfActivity({ activeAt: before, receivedAt }, { activeAt, sentAt: result.sentAt, receivedAt: result.receivedAt })) {
      const lags = requestsMoveActivity.get(client) ?? new Map<string, number>();
      requestsMoveActivity.set(client, lags.set(hash, Math.max(0, result.sentAt - activeAt)));
    }
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
  entry.listeners.add(onOwnResult);
  channel?.post({ type: 'hello' });
  listenToPage(PAGE_EVENTS, onPageEvent, true);
  arm();
  // Data already in the cache (hydrated, or kept from an earlier mount) may have a checkpoint
  // that passed meanwhile; the mount itself never refetches (refetchOnMount is off).
  queueMicrotask(() => {
    if (!stopped) evaluate('timer');
  });

  return () => {
    stopped = true;
    channel?.close();
    entry.listeners.delete(onOwnResult);
    clearTimeout(timer);
    unsubscribeCache();
    listenToPage(PAGE_EVENTS, onPageEvent, false);
  };
}
