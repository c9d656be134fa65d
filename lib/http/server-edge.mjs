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
// proxy.ts applies the same refusal where this module is not loaded (next dev).
import http from 'node:http';
import { REQUEST_TIMEOUT_MS, bodyRefusal } from './body-limits.mjs';

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
function refusingOversizedBodies(listener) {
  return (request, response) => {
    const pathname = pathnameOf(request);
    const refusal = bodyRefusal(request.method ?? 'GET', pathname, { get: (name) => request.headers[name]?.toString() });
    if (!refusal) return listener?.(request, response);
    const api = pathname === '/api' || pathname.startsWith('/api/');
    // The shape of lib/http/errors.ts's JSON errors for the API, the message alone for a form post.
    const body = api ? JSON.stringify({ error: refusal.error, message: refusal.message }) : refusal.message;
    response.writeHead(refusal.status, {
      'Content-Type': api ? 'application/json' : 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    response.end(body);
  };
}

const createServer = http.createServer;

/** @type {typeof http.createServer} */
const createEdgeServer = (/** @type {any} */ options, /** @type {any} */ listener) =>
  typeof options === 'function' || options === undefined
    ? createServer({ ...BOUNDS }, refusingOversizedBodies(options))
    : createServer({ ...BOUNDS, ...options }, refusingOversizedBodies(listener));

http.createServer = createEdgeServer;
