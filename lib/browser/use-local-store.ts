import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import type { LocalStore } from './local-store';

// Set once a reader has hydrated: components mounted later (client navigation) read at once.
let pageHydrated = false;

/**
 * A local store's value, or null until this browser's value has been read (the server render
 * and the hydration pass). useSyncExternalStore alone reads it straight after hydration in a
 * re-render React must finish in one go (a store that differs from its server snapshot forces
 * a blocking update), one of the longest tasks of a page's load on a slow phone. Here that first
 * read is a transition, which React splits into short tasks; changes after it show at once.
 */
export function useLocalStore<T>(store: Pick<LocalStore<T>, 'subscribe' | 'getSnapshot' | 'getServerSnapshot'>): T | null {
  const [reading, setReading] = useState(pageHydrated);
  useEffect(() => {
    pageHydrated = true;
    if (!reading) startTransition(() => setReading(true));
  }, [reading]);
  return useSyncExternalStore(store.subscribe, reading ? store.getSnapshot : store.getServerSnapshot, store.getServerSnapshot);
}
