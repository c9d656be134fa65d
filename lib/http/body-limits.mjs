// @ts-check
// How many bytes a request body may have, per route: the one table the proxy (proxy.ts, before
// anything is buffered), the route handlers (lib/http/api.ts) and next.config.js (Next's own
// buffers) read. Plain JS, like cached-pages.mjs, so next.config.js can import it.
// A route that takes a body adds its line here, keyed like lib/api/routes.ts ("METHOD /api/path",
// Next's folder names; a page whose form takes more than "POST pages", "POST /its/path"), with
// the smallest limit that fits its largest valid body.

/** The saved list's import (lib/bookmarks/import-file.ts): an export of the whole catalog with a full note on every entry is far smaller. */
export const IMPORT_MAX_BYTES = 512 * 1024;

/** @type {Readonly<Record<string, number>>} */
export const BODY_LIMITS = {
  // No body is read; a stray `{}` or a client's empty JSON is tolerated.
  'PUT /api/bookmarks/[slug]': 1_024,
  'DELETE /api/bookmarks/[slug]': 1_024,
  // {"note": …}: 1,000 characters, each at most 6 bytes as a JSON \u escape, and the key.
  'PATCH /api/bookmarks/[slug]': 8_192,
  // Server actions: every form on the site posts to the page it is on. The largest is the note
  // form: the note (1,000 characters, at most 3 bytes each in UTF-8), the slug, the sort and
  // Next's action fields, multipart-encoded.
  'POST pages': 16_384,
  // The JSON export, as the body.
  'POST /api/bookmarks/import': IMPORT_MAX_BYTES,
  // No body is read: the code is made for the caller's list.
  'POST /api/bookmarks/transfer': 1_024,
  // {"code": …}: a short code.
  'POST /api/bookmarks/transfer/redeem': 1_024,
  // /bookmarks takes the export as a file upload ("Import"): the file and the form's other fields,
  // multipart-encoded.
  'POST /bookmarks': IMPORT_MAX_BYTES + 16_384,
};

/** Any other request with a body: nothing else reads one. */
export const DEFAULT_BODY_LIMIT = 1_024;

/** The largest limit: what Next may buffer for the proxy and for a server action (next.config.js). */
export const MAX_BODY_LIMIT = Math.max(DEFAULT_BODY_LIMIT, ...Object.values(BODY_LIMITS));

/**
 * Receiving a whole request (headers and body) may take this long before the server answers 408
 * and closes the connection: a body that stalls or is shorter than its Content-Length is dropped
 * in seconds (lib/http/server-edge.mjs). Valid bodies here are a few KB.
 */
export const REQUEST_TIMEOUT_MS = 8_000;

const PATTERNS = Object.keys(BODY_LIMITS)
  .filter((key) => key !== 'POST pages')
  .map((key) => {
    const [method, path] = /** @type {[string, string]} */ (key.split(' '));
    const pattern = path.replace(/[.*+?^${}()|\\]/g, '\\$&').replace(/\[[^\]]+\]/g, '[^/]+');
    return { key, method, pattern: new RegExp(`^${pattern}$`) };
  });

/**
 * The route key of BODY_LIMITS a request falls under, or undefined. A form post to a page falls
 * under its own line if it has one (a page with an upload form), else under "POST pages".
 * @param {string} method
 * @param {string} pathname
 * @returns {string | undefined}
 */
export function bodyLimitKey(method, pathname) {
  const own = PATTERNS.find((entry) => entry.method === method && entry.pattern.test(pathname))?.key;
  if (own) return own;
  const isApi = pathname === '/api' || pathname.startsWith('/api/');
  return !isApi && method === 'POST' ? 'POST pages' : undefined;
}

/**
 * The most bytes a body sent with `method` to `pathname` may have.
 * @param {string} method
 * @param {string} pathname
 * @returns {number}
 */
export function bodyLimitFor(method, pathname) {
  const key = bodyLimitKey(method, pathname);
  return key === undefined ? DEFAULT_BODY_LIMIT : (BODY_LIMITS[key] ?? DEFAULT_BODY_LIMIT);
}

const LENGTH_REQUIRED = 'Send the request body with a Content-Length header; nothing was saved.';

/** @param {number} limit */
export function payloadTooLargeMessage(limit) {
  return `The request body is larger than the ${limit} bytes this address accepts; nothing was saved.`;
}

/**
 * Whether a request's body is refused from its headers alone, before a byte of it is read: a
 * declared length over the route's limit (413), or no length at all (chunked: 411, since its
 * size is known only once read). Codes are lib/http/errors.ts's.
 * @param {string} method
 * @param {string} pathname
 * @param {{ get(name: string): string | null | undefined }} headers
 * @returns {{ status: 411, error: 'length_required', message: string } | { status: 413, error: 'payload_too_large', message: string } | null}
 */
export function bodyRefusal(method, pathname, headers) {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return null;
  const declared = headers.get('content-length');
  if (declared === null || declared === undefined) {
    return headers.get('transfer-encoding') ? { status: 411, error: 'length_required', message: LENGTH_REQUIRED } : null;
  }
  const limit = bodyLimitFor(method, pathname);
  return Number(declared) > limit ? { status: 413, error: 'payload_too_large', message: payloadTooLargeMessage(limit) } : null;
}
