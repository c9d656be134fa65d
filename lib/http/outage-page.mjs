// @ts-check
// A page that fails because the database cannot be reached answers 503 with Retry-After and a
// short message that works without JavaScript, instead of Next's 500 error page (an empty shell
// until its script runs). Next cannot give a page a 503 itself, so two halves meet here:
// - instrumentation.ts tells which requests failed for that reason (markOutage, from Next's
//   onRequestError, called while the page renders, before its answer is written);
// - the server's edge (lib/http/server-edge.mjs) tags each page request and, when Next starts a
//   500 answer for a marked one, sends this page instead.
// The two load separately (Next bundles instrumentation.ts, also for the edge runtime: no Node
// imports here), so they share a set on globalThis.
/** Long enough for a restart or failover to finish, short enough that a retry soon succeeds. */
export const RETRY_AFTER_SECONDS = 10;

/** The header the edge tags a page request with, for markOutage to name it. */
export const REQUEST_ID_HEADER = 'x-procedure-compare-request';
const OUTAGES_KEY = Symbol.for('procedure-compare.outage-requests');

/** Ids of requests marked and not yet answered, with when they were marked. @returns {Map<string, number>} */
export function outages() {
  const store = /** @type {Record<symbol, Map<string, number> | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (store[OUTAGES_KEY] ??= new Map());
}

/** A mark older than this belongs to a request already answered (a background re-render). */
const MARK_TTL_MS = 60_000;

/**
 * Marks the request these headers came with as failed by an outage (instrumentation.ts).
 * @param {Record<string, string | string[] | undefined>} headers
 */
export function markOutage(headers) {
  const id = headers[REQUEST_ID_HEADER];
  if (typeof id !== 'string') return;
  const marks = outages();
  const now = Date.now();
  for (const [old, at] of marks) if (now - at > MARK_TTL_MS) marks.delete(old);
  marks.set(id, now);
}

export const OUTAGE_PAGE_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Temporarily unavailable · Procedure Compare</title></head>
<body>
<main id="main">
<h1>The catalog cannot be reached right now</h1>
<p>This is a problem on our side, not with what you did: our database is not answering. Nothing you saved is lost.</p>
<p>Please try again in ${RETRY_AFTER_SECONDS} seconds: <a href="">try again</a>, or <a href="/">go to the guide</a>.</p>
</main>
</body>
</html>
`;
