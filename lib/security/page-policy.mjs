// The pages' Content-Security-Policy. Plain JavaScript because Next loads the page cache handler
// (lib/cache/page-cache-handler.mjs) at run time without compiling it; proxy.ts uses it too.
//
// Next's App Router writes inline scripts into every page (its bootstrap and the React Server
// Components payload), so a policy without 'unsafe-inline' must name them. Two ways, by page:
// - pages rendered per request (they may show visitor data or echo free text) get a fresh nonce,
//   with 'strict-dynamic' so the nonced bootstrap may load Next's chunks;
// - catalog pages served from Next's cache (lib/cache/cached-pages.mjs) get the sha256 of each of
//   their inline scripts, computed once when the page enters the cache. A nonce can't work there:
//   the cached HTML is the same for everyone. External scripts are allowed from 'self' only, and
//   the only same-origin responses a browser will run are Next's own chunks: API responses,
//   downloads and assets are sent with `X-Content-Type-Options: nosniff` and non-script types,
//   and the site hosts no visitor uploads.

import { SAVED_COUNT_SCRIPT_HASH } from './saved-count-script.mjs';

const SHARED_DIRECTIVES = [
  "default-src 'self'",
  // React writes style attributes (e.g. chart widths); scripts stay nonce- or hash-only.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

function policyWith(scriptSrc) {
  const [defaultSrc, ...rest] = SHARED_DIRECTIVES;
  return [defaultSrc, scriptSrc, ...rest].join('; ');
}

/**
 * The policy of a page rendered for one request. `dev` adds eval, which React's dev tools need.
 * The header's saved-count script is the same on every page and carries no nonce (it is also in
 * cached pages), so it is named by its hash, which 'strict-dynamic' still honours.
 */
export function noncePolicy(nonce, { dev = false } = {}) {
  return policyWith(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic' ${SAVED_COUNT_SCRIPT_HASH}${dev ? " 'unsafe-eval'" : ''}`);
}

export function createNonce() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

// An inline script: a <script> without a src attribute, up to its closing tag. Next escapes "<"
// inside the payload it inlines, so a script's text never contains "</script". If a page ever
// held markup this pattern misreads, the hash would not match and the script would be blocked:
// the page fails closed (and the browser tests, which check hydration, fail).
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

async function sha256Base64(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/** The CSP hash source of every distinct inline script in a page's HTML, in page order. */
export async function inlineScriptHashes(html) {
  const texts = [...new Set([...html.matchAll(INLINE_SCRIPT)].map((match) => match[1]))];
  return Promise.all(texts.map(async (text) => `'sha256-${await sha256Base64(text)}'`));
}

/** The policy of a cached page: its own inline scripts by hash, other scripts from this origin. */
export async function hashPolicy(html) {
  return policyWith(`script-src 'self' ${(await inlineScriptHashes(html)).join(' ')}`.trimEnd());
}
