// @ts-check
// A page rendered per request that finds nothing to show (an unknown shared-list token) renders its
// not-found message itself: a notFound() thrown by the page leaves Next's HTML an empty shell until
// its script runs (React's server renderer runs no error boundaries). Next then answers 200, and a
// page cannot set its own status, so two halves meet here, like the outage page's:
// - the page marks its request (markNotFound, with the id the edge tagged it with);
// - the server's edge (lib/http/server-edge.mjs) turns that request's 200 into 404 before a byte
//   is sent, the whole page being rendered before Next writes its head.
// Cached pages need none of this: components/ui/not-found-status.tsx gives them their 404.
// Plain JavaScript shared through globalThis: the edge loads before Next, which bundles the page.
import { REQUEST_ID_HEADER } from './outage-page.mjs';

const MARKS_KEY = Symbol.for('procedure-compare.not-found-requests');
/** A mark older than this belongs to a request that was gone before its page was rendered. */
const MARK_TTL_MS = 60_000;

/** Ids of requests whose page found nothing, with when they were marked. @returns {Map<string, number>} */
export function notFoundMarks() {
  const store = /** @type {Record<symbol, Map<string, number> | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (store[MARKS_KEY] ??= new Map());
}

/**
 * Marks the request these headers came with as answered by a not-found message.
 * @param {{ get(name: string): string | null }} headers the page's request headers (next/headers)
 */
export function markNotFound(headers) {
  const id = headers.get(REQUEST_ID_HEADER);
  if (!id) return;
  const marks = notFoundMarks();
  const now = Date.now();
  for (const [old, at] of marks) if (now - at > MARK_TTL_MS) marks.delete(old);
  marks.set(id, now);
}
