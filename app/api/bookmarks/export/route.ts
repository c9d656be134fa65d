import { z } from 'zod';
import { EXPORT_FORMATS, buildExport } from '@/lib/bookmarks/export';
import { listBookmarks } from '@/lib/bookmarks/store';
import { requestOrigin, visitorIdFromRequest } from '@/lib/bookmarks/visitor';
import { withApiErrors } from '@/lib/http/handler';
import { jsonBadRequest } from '@/lib/http/json';

// Download of the visitor's own list (notes included) as CSV or JSON: GET ?format=csv|json.

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ format: z.enum(EXPORT_FORMATS).default('csv') }).strict();

export const GET = withApiErrors(async (request: Request): Promise<Response> => {
  const url = new URL(request.url);
  const parsed = paramsSchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return jsonBadRequest(parsed.error);
  const visitorId = visitorIdFromRequest(request);
  const items = visitorId ? await listBookmarks(visitorId, 'date') : [];
  const file = buildExport(items, parsed.data.format, requestOrigin(request.headers, request.url));
  return new Response(file.body, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
