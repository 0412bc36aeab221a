import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { SessionClock } from '../core/clock';
import { clampDelay } from '../core/clampDelay';
import { getSessionDeadlines } from '../core/deadlines';
import { NoSessionError, type SessionError } from '../core/errors';
import { nextCheckpoint, shouldRefetch, type RefetchReason } from '../core/schedule';
import type { Session } from '../core/schema';

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

const isVisible = () => typeof document === 'undefined' || document.visibilityState !== 'hidden';

/**
 * Starts the watcher of one (QueryClient, session query): one timer and the page listeners,
 * shared by every attached hook (see `attachSessionWatcher`). Returns its stop function.
 */
export function startWatcher(client: QueryClient, queryKey: QueryKey, hash: string, attachments: Set<Attachment>): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAtRaw = 0;

  const merged = (): WatcherSettings => {
    const list = [...attachments].map((a) => a.settings);
    const first = list[0]!;
    return {
      clock: first.clock,
      warningMs: Math.max(...list.map((s) => s.warningMs)),
      cooldownMs: Math.min(...list.map((s) => s.cooldownMs)),
      enabled: list.some((s) => s.enabled),
      probe: list.every((s) => s.probe) && !probeMovesActivity.get(client)?.has(hash),
    };
  };

  const read = () => {
    const s = merged();
    const state = client.getQueryState<Session, SessionError>(queryKey);
    const signedOut = state?.status === 'error' && state.error instanceof NoSessionError;
    // A signed-out session has nothing left to check; its old deadlines must not schedule requests.
    const deadlines = state?.data && !signedOut ? getSessionDeadlines(state.data) : null;
    const offset = s.clock.offsetMs();
    const lastRaw = state ? Math.max(state.dataUpdatedAt, state.errorUpdatedAt) : 0;
    const dataRaw = state?.dataUpdatedAt ?? 0;
    return {
      s,
      state,
      deadlines,
      now: s.clock.now(),
      lastAttemptAt: lastRaw > 0 ? lastRaw + offset : 0,
      dataUpdatedAt: dataRaw > 0 ? dataRaw + offset : 0,
    };
  };

  const notify = () => attachments.forEach((a) => a.onChange());

  function arm(): void {
    if (timer !== undefined) clearTimeout(timer);
    const { s, deadlines, now, lastAttemptAt } = read();
    let wait = WATCH_HEARTBEAT_MS;
    const deadline = deadlines?.effectiveExpiresAt;
    if (deadline != null && deadline > now) wait = Math.min(wait, deadline - now);
    const next = s.enabled ? nextCheckpoint(deadlines, lastAttemptAt, { warningMs: s.warningMs, probe: s.probe }) : null;
    // Only future instants: an overdue checkpoint is handled by evaluate() or a visibility event,
    // never by a zero-delay timer that could fire in a loop.
    if (next !== null && next.at > now) wait = Math.min(wait, next.at - now);
    const delay = clampDelay(wait);
    dueAtRaw = now - s.clock.offsetMs() + delay;
    timer = setTimeout(onTimer, delay);
  }

  function evaluate(reason: RefetchReason): void {
    notify();
    const { s, state, deadlines, now, lastAttemptAt, dataUpdatedAt } = read();
    if (s.enabled && state && state.fetchStatus === 'idle' && isVisible()) {
      const checkpoints = { warningMs: s.warningMs, probe: s.probe };
      const decision = shouldRefetch({
        reason,
        now,
        deadlines,
        lastAttemptAt,
        dataUpdatedAt,
        cooldownMs: s.cooldownMs,
        checkpoints,
      });
      if (decision !== null) refetch(s.clock, decision !== 'cooldown' && decision.kind === 'probe');
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
    timer = undefined;
    const { s } = read();
    const late = Math.abs(s.clock.now() - s.clock.offsetMs() - dueAtRaw);
    evaluate(late > CLOCK_JUMP_MS ? 'jump' : 'timer');
  }

  const onVisibility = () => {
    if (isVisible()) evaluate('visible');
  };
  const onFocus = () => evaluate('focus');
  const onOnline = () => evaluate('online');
  const onPageShow = () => evaluate('pageshow');
  const unsubscribeCache = client.getQueryCache().subscribe((event) => {
    if (event.query.queryHash !== hash || event.type !== 'updated') return;
    notify();
    arm();
  });
  if (typeof window !== 'undefined') {
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('focus', onFocus);
    window.addEventListener('online', onOnline);
    window.addEventListener('pageshow', onPageShow);
  }
  arm();

  return () => {
    if (timer !== undefined) clearTimeout(timer);
    unsubscribeCache();
    if (typeof window !== 'undefined') {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('focus', onFocus);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('pageshow', onPageShow);
    }
  };
}
