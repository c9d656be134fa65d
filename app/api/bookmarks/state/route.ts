import { API_ROUTES } from '@/lib/api/routes';
import { getSavedSlugs } from '@/lib/bookmarks/server/store';
import { VISITOR_COOKIE, readCookie, visitorIdFromToken, visitorSetCookie } from '@/lib/bookmarks/server/visitor';
import { withApi } from '@/lib/http/api';

// The visitor's saved slugs, fetched once per page by the bookmark toggles' client store, so
// the catalog pages themselves never read cookies and stay cacheable. Never cached anywhere.

export const dynamic = 'force-dynamic';

export const GET = withApi(API_ROUTES['GET /api/bookmarks/state'], async ({ request }) => {
  const token = readCookie(request.headers.get('cookie'), VISITOR_COOKIE);
  const visitorId = visitorIdFromToken(token);
  const slugs = visitorId ? await getSavedSlugs(visitorId) : [];
  const response = Response.json({ slugs }, { headers: { 'Cache-Control': 'private, no-store' } });
  // Each visit slides the 400-day lifetime, so a list in use is never forgotten by the browser.
  if (visitorId && token) response.headers.append('Set-Cookie', visitorSetCookie(request, token));
  return response;
});
