import { API_ROUTES } from '@/lib/api/routes';
import { buildExport } from '@/lib/consultation/list-export';
import { listBookmarks } from '@/lib/bookmarks/server/store';
import { requestOrigin, visitorIdFromRequest } from '@/lib/bookmarks/server/visitor';
import { withApi } from '@/lib/http/api';

// Download of the visitor's own list (notes included) as CSV or JSON: GET ?format=csv|json.

export const dynamic = 'force-dynamic';

export const GET = withApi(API_ROUTES['GET /api/bookmarks/export'], async ({ request, query }) => {
  const visitorId = visitorIdFromRequest(request);
  const items = visitorId ? await listBookmarks(visitorId, 'date') : [];
  const file = buildExport(items, query.format, requestOrigin(request.headers, request.url));
  return new Response(file.body, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
