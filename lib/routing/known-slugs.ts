// Which procedure slugs exist, for proxy.ts: it cannot import the database (it runs before
// routing, in its own bundle), so the server registers a loader here at start-up
// (instrumentation.ts) and the proxy asks through it. Kept on globalThis under one key: the
// proxy's bundle and the app's are two copies of this module in one process.

type Loader = () => Promise<readonly string[]>;
type Registry = { load?: Loader; cached?: { until: number; slugs: Promise<ReadonlySet<string> | null> } };

const KEY = Symbol.for('procedure-compare.known-procedure-slugs');
/** As long as the catalog's own caches may serve a reseeded catalog's old lists. */
const TTL_MS = 30_000;

function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (holder[KEY] ??= {});
}

/** Registers how to read the slugs (undefined: none, so nothing is judged), forgetting any read so far. */
export function provideProcedureSlugs(load: Loader | undefined): void {
  const state = registry();
  state.load = load;
  state.cached = undefined;
}

/** The slugs there are, or null when they cannot be known (no loader, or the database is down). */
export function knownProcedureSlugs(now = Date.now()): Promise<ReadonlySet<string> | null> {
  const state = registry();
  if (!state.load) return Promise.resolve(null);
  if (state.cached && state.cached.until > now) return state.cached.slugs;
  const slugs = state.load().then(
    (list) => new Set(list),
    () => null,
  );
  // A failed load is not remembered: the next request asks again.
  state.cached = { until: now + TTL_MS, slugs };
  void slugs.then((result) => {
    if (result === null && state.cached?.slugs === slugs) state.cached = undefined;
  });
  return slugs;
}
