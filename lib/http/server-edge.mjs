// @ts-check
// Loaded into the server process before `next start` runs (package.json's start script passes it
// to Node with --import). Next creates its HTTP server without options and reads, for proxy.ts,
// every request body before any of our code sees it. So here, at the edge, every HTTP server the
// process creates:
// - gets a bound in seconds on receiving a whole request, checked each second (Node's defaults:
//   300 s, checked every 30 s), so a body that stalls or is shorter than its Content-Length is
//   answered 408 and its connection closed;
// - answers a body its route does not accept from the headers (lib/http/body-limits.mjs) at once;
//   Node then discards the rest as it arrives, chunk by chunk, nothing buffered. (Closing the
//   connection instead would cut off clients still sending before they read the answer.)
// - answers a page that failed because the database cannot be reached with 503 and a message
//   (lib/http/outage-page.mjs) instead of Next's 500;
// - answers a server action this build does not have (a forged id, an old page after a deploy)
//   404, as anything missing is, instead of Next's 409;
// - answers 404 for a page that rendered its own not-found message (lib/http/not-found-mark.mjs).
// proxy.ts applies the same body refusal where this module is not loaded (next dev).
import http from 'node:http';
import { REQUEST_TIMEOUT_MS, bodyRefusal } from './body-limits.mjs';
import { randomUUID } from 'node:crypto';
import { notFoundMarks } from './not-found-mark.mjs';
import { OUTAGE_PAGE_HTML, REQUEST_ID_HEADER, RETRY_AFTER_SECONDS, outages } from './outage-page.mjs';

const BOUNDS = { requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1_000 };

/** @param {http.IncomingMessage} request */
function pathnameOf(request) {
  try {
    return new URL(request.url ?? '/', 'http://localhost').pathname;
  } catch {
    return '/';
  }
}

/**
 * @param {http.RequestListener | undefined} listener
 * @returns {http.RequestListener}
 */
function atTheEdge(listener) {
  return (request, response) => {
    const pathname = pathnameOf(request);
    const refusal = bodyRefusal(request.method ?? 'GET', pathname, { get: (name) => request.headers[name]?.toString() });
    const api = pathname === '/api' || pathname.startsWith('/api/');
    if (!refusal) {
      if (!api && !pathname.startsWith('/_next/')) {
        answerOutagesWith503(request, response);
        answerMarkedPagesWith404(request, response);
        if (request.method === 'POST') answerUnknownActionsWith404(response);
      }
      return listener?.(request, response);
    }
    // The shape of lib/http/errors.ts's JSON errors for the API, the message alone for a form post.
    const body = api ? JSON.stringify({ error: refusal.error, message: refusal.message }) : refusal.message;
    response.writeHead(refusal.status, {
      'Content-Type': api ? 'application/json' : 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    response.end(body);
  };
}

/** Headers of Next's own answer that describe its body, which is not sent. */
const BODY_HEADERS = ['content-length', 'content-type', 'content-encoding', 'etag', 'vary', 'cache-control', 'x-nextjs-cache'];

/**
 * Tags a page request and answers 503 with OUTAGE_PAGE_HTML if Next answers it 500 after
 * markOutage: whichever of writeHead, write or end comes first decides, before a byte is sent.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function answerOutagesWith503(request, response) {
  const id = randomUUID();
  request.headers[REQUEST_ID_HEADER] = id;
  response.once('close', () => outages().delete(id));
  const { writeHead, write, end } = response;
  let replaced = false;
  /** @param {number} status */
  const takeOver = (status) => {
    if (replaced || response.headersSent || status !== 500 || !outages().has(id)) return replaced;
    replaced = true;
    for (const name of BODY_HEADERS) response.removeHeader(name);
    writeHead.call(response, 503, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': String(RETRY_AFTER_SECONDS),
    });
    return true;
  };
  response.writeHead = /** @type {typeof writeHead} */ (
    (/** @type {number} */ status, /** @type {any[]} */ ...rest) =>
      takeOver(status) ? response : writeHead.call(response, status, ...rest)
  );
  response.write = /** @type {typeof write} */ (
    (/** @type {any[]} */ ...args) => (takeOver(response.statusCode) ? true : write.apply(response, /** @type {any} */ (args)))
  );
  response.end = /** @type {typeof end} */ (
    (/** @type {any[]} */ ...args) =>
      takeOver(response.statusCode) ? end.call(response, OUTAGE_PAGE_HTML) : end.apply(response, /** @type {any} */ (args))
  );
}

/** Next's mark on its answer to an action id it does not have; its client reads this, not the status. */
const ACTION_NOT_FOUND_HEADER = 'x-nextjs-action-not-found';

/**
 * Next answers an action id this build does not have 409 "Server Action unavailable." (400 for
 * one that cannot be an id). Such an action is missing, so the status becomes 404 before anything
 * is sent; the body and the header Next's client router acts on are kept.
 * @param {import('node:http').ServerResponse} response
 */
export function answerUnknownActionsWith404(response) {
  beforeHead(response, () => {
    if (response.statusCode === 409 && response.getHeader(ACTION_NOT_FOUND_HEADER) === '1') response.statusCode = 404;
  });
}

/**
 * A page that rendered its own not-found message marks its request (markNotFound); its 200 becomes
 * 404 before anything is sent. Call after answerOutagesWith503, which tags the request.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function answerMarkedPagesWith404(request, response) {
  const id = request.headers[REQUEST_ID_HEADER];
  if (typeof id !== 'string') return;
  response.once('close', () => notFoundMarks().delete(id));
  beforeHead(response, () => {
    if (response.statusCode === 200 && notFoundMarks().has(id)) response.statusCode = 404;
  });
}

/**
 * Runs `fix` on the response just before its head is sent, however it is sent (writeHead, or
 * the first write or end): the one moment a status can still change.
 * @param {import('node:http').ServerResponse} response
 * @param {() => void} fix
 */
function beforeHead(response, fix) {
  const { writeHead, write, end } = response;
  const fixUnsent = () => {
    if (!response.headersSent) fix();
  };
  response.writeHead = /** @type {typeof writeHead} */ (
    (/** @type {number} */ status, /** @type {any[]} */ ...rest) => {
      response.statusCode = status;
      fixUnsent();
      return writeHead.call(response, response.statusCode, ...rest);
    }
  );
  response.write = /** @type {typeof write} */ (
    (/** @type {any[]} */ ...args) => (fixUnsent(), write.apply(response, /** @type {any} */ (args)))
  );
  response.end = /** @type {typeof end} */ (
    (/** @type {any[]} */ ...args) => (fixUnsent(), end.apply(response, /** @type {any} */ (args)))
  );
}

const createServer = http.createServer;

/** @type {typeof http.createServer} */
const createEdgeServer = (/** @type {any} */ options, /** @type {any} */ listener) =>
  typeof options === 'function' || options === undefined
    ? createServer({ ...BOUNDS }, atTheEdge(options))
    : createServer({ ...BOUNDS, ...options }, atTheEdge(listener));

http.createServer = createEdgeServer;
