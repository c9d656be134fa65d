// A small in-process cache with a time limit and a size bound. The catalog only changes when
// the seed runs (a separate process), so each app instance may serve list results that are
// at most `ttlMs` old; per-visitor data never goes through it.

export type TtlCache<V> = { get: (key: string, load: () => Promise<V>) => Promise<V>; clear: () => void };

export function createTtlCache<V>({ ttlMs, maxEntries }: { ttlMs: number; maxEntries: number }): TtlCache<V> {
  const entries = new Map<string, { expires: number; value: Promise<V> }>();
  return {
    get(key, load) {
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.expires > now) return hit.value;
      const value = load();
      // Concurrent callers share one query; a failed load is not remembered.
      value.catch(() => entries.delete(key));
      entries.delete(key);
      entries.set(key, { expires: now + ttlMs, value });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return value;
    },
    clear: () => entries.clear(),
  };
}
