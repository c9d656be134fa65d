// Catalog pages: they render reviewed catalog content and the URL's path only, never visitor
// data, cookies or query strings, so Next serves them from its cache and a CDN may keep them
// (`Cache-Control: s-maxage=…`). Plain JavaScript because next.config.js reads it.
//
// None of them is rendered at build time (the database must never be opened during `next build`):
// each lives under a dynamic segment whose generateStaticParams returns nothing, so a page is
// rendered on its first request and cached from then on. Each page's `revalidate` (it must be a
// literal there) is CATALOG_REVALIDATE_SECONDS: after a reseed, the first request once that time
// has passed is still served the old page and re-renders it, and later requests get the new one.

export const CATALOG_REVALIDATE_SECONDS = 30;

// "/" is the guide. A route without a dynamic segment would be prerendered by `next build`, so
// next.config.js rewrites "/" to this internal address, which proxy.ts refuses to serve directly.
export const GUIDE_ROUTE = '/guide/start';

const CATALOG_PAGES = [/^\/$/, /^\/about\/[^/]+$/, /^\/procedures\/[^/]+$/, /^\/concerns\/[^/]+$/];

/** Whether a page address is a catalog page served from the cache (with a hash-based policy). */
export function isCachedCatalogPage(pathname) {
  return CATALOG_PAGES.some((pattern) => pattern.test(pathname));
}

/** The internal address of a rewritten catalog page, which must not be reachable by itself. */
export function isInternalCatalogRoute(pathname) {
  return pathname.startsWith('/guide/');
}
