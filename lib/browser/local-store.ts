// One small typed store over a localStorage key, for useSyncExternalStore: every reader of the key
// agrees, re-renders on this tab's writes and other tabs' (the `storage` event), and the server
// snapshot is null, so nothing a visitor keeps in the browser reaches server-rendered HTML. When
// storage is blocked or full (private mode, quota), the value lives in memory for the page's
// lifetime instead of being dropped. Client-only, and free of zod: every page bundle carries it.

export type LocalStoreOptions<T> = {
  key: string;
  /** Stored text (null: nothing stored) to a value; lenient, never throws on hand-edited data. */
  parse: (raw: string | null) => T;
  /** A value to stored text; null removes the key. */
  serialize: (value: T) => string | null;
};

export type LocalStore<T> = {
  subscribe: (listener: () => void) => () => void;
  /** The same value back while the stored text is unchanged, as useSyncExternalStore requires. */
  getSnapshot: () => T;
  getServerSnapshot: () => null;
  set: (value: T) => void;
};

export function createLocalStore<T>({ key, parse, serialize }: LocalStoreOptions<T>): LocalStore<T> {
  const listeners = new Set<() => void>();
  let storageWorks = true;
  let memoryRaw: string | null = null;
  let cached: { raw: string | null; value: T } | undefined;

  const notify = () => {
    for (const listener of listeners) listener();
  };
  const onStorage = (event: StorageEvent) => {
    // key === null: another tab cleared all storage.
    if (event.key === key || event.key === null) notify();
  };
  const readRaw = (): string | null => {
    if (storageWorks) {
      try {
        return window.localStorage.getItem(key);
      } catch {
        storageWorks = false;
      }
    }
    return memoryRaw;
  };

  return {
    subscribe(listener) {
      if (listeners.size === 0) window.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('storage', onStorage);
      };
    },
    getSnapshot() {
      const raw = readRaw();
      if (!cached || cached.raw !== raw) cached = { raw, value: parse(raw) };
      return cached.value;
    },
    getServerSnapshot: () => null,
    set(value) {
      const raw = serialize(value);
      memoryRaw = raw;
      if (storageWorks) {
        try {
          if (raw === null) window.localStorage.removeItem(key);
          else window.localStorage.setItem(key, raw);
        } catch {
          storageWorks = false;
        }
      }
      notify();
    },
  };
}
