import { NextResponse } from 'next/server';
import { getSavedSlugs } from '@/lib/bookmarks/store';
import { VISITOR_COOKIE, isHttpsRequest, readCookie, visitorCookieOptions, visitorIdFromRequest } from '@/lib/bookmarks/visitor';
import { withApiErrors } from '@/lib/http/handler';

// The visitor's saved slugs, fetched once per page by the bookmark toggles' client store, so
// the catalog pages themselves never read cookies and stay cacheable. Never cached anywhere.

export const dynamic = 'force-dynamic';

export const GET = withApiErrors(async (request: Request): Promise<Response> => {
  const visitorId = visitorIdFromRequest(request);
  const slugs = visitorId ? await getSavedSlugs(visitorId) : [];
  const response = NextResponse.json({ slugs }, { headers: { 'Cache-Control': 'private, no-store' } });
  if (visitorId) {
    // Each visit slides the 400-day lifetime, so a list in use is never forgotten by the browser.
    const token = readCookie(request.headers.get('cookie'), VISITOR_COOKIE)!;
    response.cookies.set(VISITOR_COOKIE, token, visitorCookieOptions(isHttpsRequest(request.headers, request.url)));
  }
  return response;
});
