// Which procedures this browser has saved, as every bookmark toggle on the page sees it: a tiny
// external store for useSyncExternalStore. Loaded once from GET /api/bookmarks/state when the
// first toggle mounts (the server renders toggles neutral, so catalog HTML holds nothing
// personal), then kept current by the toggles' own results, by /bookmarks (which knows the full
// list) and by a reload when the tab becomes visible again (another tab may have changed it).

export type SavedSnapshot = {
  /** The server's list has arrived; until then only slugs changed on this page are known. */
  loaded: boolean;
  known: ReadonlyMap<string, boolean>;
};

const STATE_URL = '/api/bookmarks/state';
const RELOAD_AFTER_MS = 5_000;
const INITIAL: SavedSnapshot = Object.freeze({ loaded: false, known: new Map<string, boolean>() });

let snapshot: SavedSnapshot = INITIAL;
let loading: Promise<void> | null = null;
let loadedAt = 0;
/** Changes confirmed while a load was in flight: the response predates them, so they win. */
let changedDuringLoad = new Map<string, boolean>();
/** Bumped when /bookmarks hands over the full list: a load started before that is stale. */
let generation = 0;
const listeners = new Set<() => void>();

function emit(next: SavedSnapshot): void {
  snapshot = next;
  for (const listener of listeners) listener();
}

function isStateBody(value: unknown): value is { slugs: string[] } {
  const slugs = (value as { slugs?: unknown } | null)?.slugs;
  return Array.isArray(slugs) && slugs.every((slug) => typeof slug === 'string');
}

export function loadSavedSlugs(): Promise<void> {
  if (loading) return loading;
  changedDuringLoad = new Map();
  const started = generation;
  loading = fetch(STATE_URL, { cache: 'no-store', credentials: 'same-origin', headers: { accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
    .then((body: unknown) => {
      if (!isStateBody(body)) throw new Error('Unexpected bookmark state');
      if (started !== generation) return;
      const known = new Map(body.slugs.map((slug) => [slug, true]));
      for (const [slug, saved] of changedDuringLoad) known.set(slug, saved);
      loadedAt = Date.now();
      emit({ loaded: true, known });
    })
    // Offline or failing: toggles stay neutral ("Save"), which is still safe to press; the
    // next toggle to mount, or the tab becoming visible, tries again.
    .catch(() => undefined)
    .finally(() => {
      loading = null;
    });
  return loading;
}

function onVisible(): void {
  if (document.visibilityState === 'visible' && Date.now() - loadedAt > RELOAD_AFTER_MS) void loadSavedSlugs();
}

export function subscribeSaved(listener: () => void): () => void {
  if (listeners.size === 0) document.addEventListener('visibilitychange', onVisible);
  listeners.add(listener);
  if (!snapshot.loaded) void loadSavedSlugs();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) document.removeEventListener('visibilitychange', onVisible);
  };
}

export function getSavedSnapshot(): SavedSnapshot {
  return snapshot;
}

/** Whether `slug` is saved, or null while unknown. */
export function isSaved(current: SavedSnapshot, slug: string): boolean | null {
  return current.known.get(slug) ?? (current.loaded ? false : null);
}

/** Records a confirmed change (from a server action's result). */
export function markSaved(slug: string, saved: boolean): void {
  if (loading) changedDuringLoad.set(slug, saved);
  emit({ loaded: snapshot.loaded, known: new Map(snapshot.known).set(slug, saved) });
}

/** Replaces the whole set with the server's truth (the /bookmarks page renders it). */
export function replaceSavedSlugs(slugs: readonly string[]): void {
  generation += 1;
  loadedAt = Date.now();
  changedDuringLoad = new Map();
  const { known } = snapshot;
  const same =
    snapshot.loaded && slugs.every((slug) => known.get(slug) === true) && [...known.values()].filter(Boolean).length === slugs.length;
  if (!same) emit({ loaded: true, known: new Map(slugs.map((slug) => [slug, true])) });
}

/** For tests: back to the state of a freshly loaded page. */
export function resetSavedStore(): void {
  snapshot = INITIAL;
  loading = null;
  loadedAt = 0;
  changedDuringLoad = new Map();
}
