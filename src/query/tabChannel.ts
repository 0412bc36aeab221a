import type { Session } from '../session/schema.js';
import type { SignedOutReason } from './sessionQueryStore.js';

/**
 * What tabs of one origin tell each other about a session query. Only results of requests, never
 * tokens; nothing is stored (no `localStorage`): a tab opened later fetches for itself.
 */
export type TabMessage =
  /** A session, as PingOne saw it no earlier than `at`, when it was asked for (server-time epoch ms). */
  | { type: 'session'; session: Session; at: number }
  /** PingOne answered no session. */
  | { type: 'signed-out'; reason: SignedOutReason }
  /** A request is on its way; others wait for its answer until `until` (server time), no longer. */
  | { type: 'fetching'; until: number }
  /** A tab started watching (`hello`) or answers one (`here`): there are others to share with. */
  | { type: 'hello' | 'here' };

/** One open channel: post to the other tabs, close when done. */
export interface TabChannel {
  post(message: TabMessage): void;
  close(): void;
}

/**
 * Opens the `BroadcastChannel` named `name`, or returns null where there is none (older
 * browsers, servers): then each tab works alone. Malformed messages are ignored.
 */
export function openTabChannel(name: string, onMessage: (message: TabMessage) => void): TabChannel | null {
  if (typeof BroadcastChannel !== 'function') return null;
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<TabMessage> | null;
    if (data && typeof data === 'object' && typeof data.type === 'string') onMessage(data as TabMessage);
  };
  return {
    // Posted only while open (the watcher closes it last); messages are plain JSON values.
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
