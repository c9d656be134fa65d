// Bookmark writes this page has sent and not yet heard back from, and note drafts the server
// does not have (typed and waiting for the pause, or refused). One registry, so that a link to
// the saved list waits for the writes before it opens the list (a list fetched first would not
// have them yet) and leaving the page warns while anything would be lost.

const inFlight = new Set<Promise<unknown>>();
const unsaved = new Set<string>();

/** Registers a write until it settles; returns the same promise. */
export function trackWrite<T>(write: Promise<T>): Promise<T> {
  inFlight.add(write);
  const done = () => inFlight.delete(write);
  write.then(done, done);
  return write;
}

/** Marks a draft (by key) as not on the server yet, or as saved again. */
export function markUnsaved(key: string, isUnsaved: boolean): void {
  if (isUnsaved) unsaved.add(key);
  else unsaved.delete(key);
}

export function hasPendingWrites(): boolean {
  return inFlight.size > 0;
}

/** A write in flight or a draft the server does not have: what leaving the page would lose. */
export function hasUnsavedWork(): boolean {
  return inFlight.size > 0 || unsaved.size > 0;
}

/** Resolves once every write sent so far (and any sent meanwhile) has been answered. */
export async function writesSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}

/** For tests: a freshly loaded page. */
export function resetPendingWrites(): void {
  inFlight.clear();
  unsaved.clear();
}
