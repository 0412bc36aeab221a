import type { QueryClient } from '@tanstack/react-query';

/**
 * A store of one value per query (by query hash) per `QueryClient`, forgotten with its client: what
 * this package keeps about a query beside React Query's own cache (the watcher, the sign-out
 * marker, the self-activity lag). Returns the client's map, created on first use.
 */
export function perQueryStore<V>(): (client: QueryClient) => Map<string, V> {
  const byClient = new WeakMap<QueryClient, Map<string, V>>();
  return (client) => {
    let map = byClient.get(client);
    if (!map) byClient.set(client, (map = new Map<string, V>()));
    return map;
  };
}
