'use client';
import { useSyncExternalStore } from 'react';
import { listenToPage } from '../time/pageEvents.js';

const subscribe = (onChange: () => void) => listenToPage(['online', 'offline'], onChange);

/**
 * Whether the browser says it is online. React Query pauses (rather than fails) a fetch while
 * offline, so without this the panel would show nothing at all; online on the server.
 */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}
