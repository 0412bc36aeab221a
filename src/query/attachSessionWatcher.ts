import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { mapFor, startWatcher, type Attachment, type WatcherSettings } from './sessionWatcher.js';

const watchers = new WeakMap<QueryClient, Map<string, () => void>>();
const attachmentsByClient = new WeakMap<QueryClient, Map<string, Set<Attachment>>>();

/**
 * Attaches a listener to the one watcher per (QueryClient, session query). The watcher owns a
 * single timer (aimed at the next checkpoint or deadline, at most `WATCH_HEARTBEAT_MS`
 * ahead) and the focus/visibility/online/pageshow listeners; it refetches only at checkpoints,
 * or on those events when the data is older than the cooldown, only in a visible tab, and never
 * before the last error's `Retry-After` has passed. `onChange` is called whenever the deadline may have been crossed.
 * @returns detach; the last detach stops the timer and removes the listeners
 */
export function attachSessionWatcher(
  client: QueryClient,
  queryKey: QueryKey,
  settings: WatcherSettings,
  onChange: () => void,
): () => void {
  const hash = hashKey(queryKey);
  const all = mapFor(attachmentsByClient, client);
  const attachments = all.get(hash) ?? new Set<Attachment>();
  all.set(hash, attachments);
  const attachment: Attachment = { settings, onChange };
  attachments.add(attachment);
  const running = mapFor(watchers, client);
  if (!running.has(hash)) running.set(hash, startWatcher(client, queryKey, hash, attachments));
  return () => {
    attachments.delete(attachment);
    if (attachments.size > 0) return;
    all.delete(hash);
    running.get(hash)?.();
    running.delete(hash);
  };
}
