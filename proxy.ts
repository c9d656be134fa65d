import { NextResponse, type NextRequest } from 'next/server';
import { refuseBody } from './lib/http/body-guard';
import { jsonInvalid } from './lib/http/json';
import { legacyRedirectQuery } from './lib/procedures/list/legacy-names';
import { isCachedCatalogPage, isInternalCatalogRoute } from './lib/cache/cached-pages.mjs';
import { createNonce, noncePolicy } from './lib/security/page-policy.mjs';

// Runs before routing, on everything but static files.
// 0. A body too large for its address, without a length, or a form post from another site is
//    refused from its headers, before anything reads it (lib/http/body-guard.ts).
// 1. An address with a malformed %-escape (/procedures/%zz) made Next fail to decode the
//    dynamic segment and answer a bare 500. It is bad input: APIs get a 400 in our usual JSON
//    shape, pages the site's own "not found" page.
// 2. Pages rendered per request get a Content-Security-Policy with a fresh nonce, so no inline
//    script runs unless Next itself put it there. Catalog pages served from the cache get a
//    hash-based policy from the page cache instead (lib/security/page-policy.mjs), except under
//    `next dev`, which caches nothing. Other security headers come from next.config.js. API
//    responses and router prefetches (whose HTML is cached and reused) get no nonce.
// 3. The internal address behind "/" (see lib/cache/cached-pages.mjs) is not a page of its own.
// 4. A page address with a URL name the site has since renamed (lib/procedures/list/legacy-names.ts)
//    is redirected, permanently, to the same address with the current name.

const MALFORMED_PATH_ISSUE = { path: ['path'], code: 'invalid_format', message: 'The address contains a malformed %-escape.' };

function hasMalformedEscape(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

function isPrefetch(request: NextRequest): boolean {
  return request.headers.has('next-router-prefetch') || request.headers.get('purpose') === 'prefetch';
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const refused = refuseBody(request, pathname);
  if (refused) return refused;
  const isApi = pathname === '/api' || pathname.startsWith('/api/');
  const malformed = hasMalformedEscape(pathname);
  if (isApi) return malformed ? jsonInvalid([MALFORMED_PATH_ISSUE]) : NextResponse.next();
  const renamed = malformed ? null : legacyRedirectQuery(pathname, request.nextUrl.searchParams);
  if (renamed !== null) {
    const current = request.nextUrl.clone();
    current.search = renamed;
    return NextResponse.redirect(current, 308);
  }
  const notFound = malformed || isInternalCatalogRoute(pathname);
  const dev = process.env.NODE_ENV === 'development';
  if (!notFound && (isPrefetch(request) || (!dev && isCachedCatalogPage(pathname)))) return NextResponse.next();

  const nonce = createNonce();
  const policy = noncePolicy(nonce, { dev });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = notFound
    ? NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404, request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
