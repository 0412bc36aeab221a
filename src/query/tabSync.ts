import type { QueryClient, QueryKey, QueryState } from '@tanstack/react-query';
import { NoSessionError, type SessionError } from '../session/errors.js';
import { parseSession } from '../session/parseSession.js';
import type { Session } from '../session/schema.js';
import type { SessionClock } from '../time/clock.js';
import { markSignedOut, sessionQueryEntry, type SessionResult, type SignedOutReason } from './sessionQueryStore.js';
import { openTabChannel, type TabMessage } from './tabChannel.js';

/** Tabs spread their checkpoint requests over this window, so the first one's answer serves all. */
export const TAB_SPREAD_MS = 2_000;
/** How long a tab waits for another tab's announced request before fetching itself (frozen tabs). */
export const PEER_WAIT_MS = 5_000;
/** How far ahead of this tab's clock another tab's timestamp may be before it is not believed. */
const PEER_CLOCK_SLACK_MS = 5_000;
const REASONS: readonly string[] = ['idle-timeout', 'ended', 'not-signed-in'] satisfies SignedOutReason[];

/** What tab sync reads of its watcher's snapshot (server time). */
export interface TabSnapshot {
  now: number;
  clock: SessionClock;
  dataUpdatedAt: number;
  state: QueryState<Session, SessionError> | undefined;
}

/** How a watcher and the other tabs of its origin share one session query. */
export interface TabSync {
  /** Another tab announced a request: its answer is awaited until then (server time); 0 if none. */
  readonly peerBusyUntil: number;
  /** How late this tab's checkpoints fire: its place in the spread once other tabs are around, else 0. */
  readonly spreadMs: number;
  /** Tells the other tabs a request of ours is on its way (server time now). */
  announceFetch(now: number): void;
  /** Tells the other tabs what a request of ours learned. */
  tellResult(result: SessionResult): void;
  close(): void;
}

/** What {@link startTabSync} needs from its watcher. */
export interface TabSyncHost<S extends TabSnapshot> {
  client: QueryClient;
  queryKey: QueryKey;
  hash: string;
  /** Open a channel to other tabs (else this tab works alone). */
  share: boolean;
  /** Reads the watcher's snapshot, once per message. */
  snapshot(): S;
  /** Another tab holds a different session or user: ask PingOne now. */
  askPingOne(s: S): void;
  /** A message changed only the sync's own state (a claim, the spread): set the timer again. */
  rearm(s: S): void;
}

/**
 * Shares a session query with the origin's other tabs over a `BroadcastChannel`: each tab's
 * answers (a session or a sign-out) serve all, a tab about to ask says so and the others wait
 * for its answer (up to {@link PEER_WAIT_MS}), and checkpoints are spread over
 * {@link TAB_SPREAD_MS} so one tab asks for all. Without a channel, a tab works alone.
 */
export function startTabSync<S extends TabSnapshot>(host: TabSyncHost<S>): TabSync {
  const { client, queryKey } = host;
  const entry = sessionQueryEntry(client, queryKey);
  const tabSpreadMs = Math.floor(Math.random() * TAB_SPREAD_MS);
  let peerBusyUntil = 0;
  // One claim at a time: a peer that announces and never answers holds this tab off for at most
  // PEER_WAIT_MS in every 2 × PEER_WAIT_MS.
  let peerClaimsBlockedUntil = 0;
  let spreadMs = 0;
  const channel = host.share ? openTabChannel(`pingone-session:${host.hash}`, onMessage) : null;
  channel?.post({ type: 'hello' });

  function peerAnswered(): void {
    peerBusyUntil = peerClaimsBlockedUntil = 0;
  }

  function onMessage(message: TabMessage): void {
    spreadMs = tabSpreadMs;
    const s = host.snapshot();
    switch (message.type) {
      case 'hello':
        channel?.post({ type: 'here' });
        break;
      case 'fetching':
        if (Number.isFinite(message.until) && s.now >= peerClaimsBlockedUntil) {
          peerBusyUntil = Math.min(message.until, s.now + PEER_WAIT_MS);
          peerClaimsBlockedUntil = s.now + 2 * PEER_WAIT_MS;
        }
        break;
      case 'session':
        // Taken: the cache update re-arms the watcher. A different session: askPingOne re-armed.
        // Ignored: nothing changed.
        acceptSession(message, s);
        return;
      case 'signed-out':
        if (!REASONS.includes(message.reason)) break;
        peerAnswered();
        if (s.state?.status === 'error' && entry.signedOut) break;
        acceptSignOut(message.reason);
        return; // the cache update re-armed
    }
    host.rearm(s);
  }

  /**
   * Takes another tab's session only if plausible: received by now (not stamped in the future to
   * outrank every later one), newer than ours and than our sign-out, and about the session we
   * hold. A different session or user is a cue to ask PingOne ourselves, never data to show.
   */
  function acceptSession(message: Extract<TabMessage, { type: 'session' }>, s: S): void {
    let session: Session;
    try {
      session = parseSession(message.session).session;
    } catch {
      return;
    }
    if (!Number.isFinite(message.at) || message.at > s.now + PEER_CLOCK_SLACK_MS) return;
    const receivedLocally = message.at - s.clock.offsetMs();
    const { signedOut } = entry;
    if (!(message.at > s.dataUpdatedAt) || (signedOut && receivedLocally <= signedOut.at)) return;
    peerAnswered();
    const held = s.state?.data;
    if (held && (held.id !== session.id || held.user?.id !== session.user?.id)) {
      host.askPingOne(s);
      return;
    }
    entry.signedOut = undefined;
    client.setQueryData<Session>(queryKey, session, { updatedAt: Math.min(receivedLocally, Date.now()) });
  }

  /** Another tab was told no session: so are we (keeping our own reason if we knew it first). */
  function acceptSignOut(reason: SignedOutReason): void {
    const error = new NoSessionError('Signed out (another tab)', { status: 404 });
    markSignedOut(client, queryKey, { reason: entry.signedOut?.reason ?? reason, error });
    client.getQueryCache().find({ queryKey, exact: true })?.setState({ status: 'error', error, errorUpdatedAt: Date.now() });
  }

  return {
    get peerBusyUntil() {
      return peerBusyUntil;
    },
    get spreadMs() {
      return spreadMs;
    },
    announceFetch(now) {
      channel?.post({ type: 'fetching', until: now + PEER_WAIT_MS });
    },
    tellResult(result) {
      channel?.post(
        result.kind === 'session'
          ? { type: 'session', session: result.session, at: result.sentAt }
          : { type: 'signed-out', reason: result.reason },
      );
    },
    close() {
      channel?.close();
    },
  };
}
