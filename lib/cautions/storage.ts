import { CONDITION_IDS, type ConditionId } from './conditions';

// What the visitor ticked in "About me", kept in this browser's localStorage only. Health
// conditions never go into a URL, a cookie, a request body or the database.

export const ABOUT_ME_STORAGE_KEY = 'procedure-compare:about-me';

// Lenient: unknown ids (from an older list) are dropped, anything malformed reads as nothing
// ticked. Checked by hand rather than with zod: this runs in the browser on every page with the
// panel, and zod would add ~30 KB gzip to each of them.
function knownIds(value: unknown): ConditionId[] {
  return Array.isArray(value) ? CONDITION_IDS.filter((id) => value.includes(id)) : [];
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readConditions(storage: Storage): ConditionId[] {
  try {
    const raw = storage.getItem(ABOUT_ME_STORAGE_KEY);
    return raw === null ? [] : knownIds(JSON.parse(raw));
  } catch {
    return [];
  }
}

export function writeConditions(storage: Storage, ids: readonly ConditionId[]): void {
  try {
    if (ids.length === 0) storage.removeItem(ABOUT_ME_STORAGE_KEY);
    else storage.setItem(ABOUT_ME_STORAGE_KEY, JSON.stringify(CONDITION_IDS.filter((id) => ids.includes(id))));
  } catch {
    // Storage full or blocked (private mode): the ticks still apply on this page.
  }
}

// A tiny store over localStorage for useSyncExternalStore: the panel re-renders on its own
// writes and on other tabs' (the `storage` event), and reads nothing during the server render.

const listeners = new Set<() => void>();
let cache: { raw: string | null; ids: ConditionId[] } | null = null;

function notify() {
  for (const listener of listeners) listener();
}

function onStorage(event: StorageEvent) {
  // key === null: another tab cleared all storage.
  if (event.key === ABOUT_ME_STORAGE_KEY || event.key === null) notify();
}

export function subscribeConditions(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** The ticked conditions; the same array until storage changes, as useSyncExternalStore needs. */
export function getConditionsSnapshot(): readonly ConditionId[] {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(ABOUT_ME_STORAGE_KEY);
  } catch {
    // Storage blocked: nothing ticked.
  }
  if (cache?.raw !== raw) cache = { raw, ids: readConditions(window.localStorage) };
  return cache.ids;
}

/** null on the server and during hydration: the panel shows its no-JavaScript state. */
export function getConditionsServerSnapshot(): null {
  return null;
}

export function setConditions(ids: readonly ConditionId[]): void {
  writeConditions(window.localStorage, ids);
  notify();
}
