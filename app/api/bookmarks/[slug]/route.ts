import { API_ROUTES } from '@/lib/api/routes';
import { deleteBookmark, patchBookmarkNote, putBookmark } from '@/lib/bookmarks/server/api';
import { withApi } from '@/lib/http/api';

// JSON writes for one saved procedure, for clients other than the site's own forms:
// PUT saves, DELETE removes, PATCH {"note": "…"} sets the note. See lib/bookmarks/server/api.ts.

export const dynamic = 'force-dynamic';

export const PUT = withApi(API_ROUTES['PUT /api/bookmarks/[slug]'], async ({ request, params }) => putBookmark(request, params.slug));

export const DELETE = withApi(API_ROUTES['DELETE /api/bookmarks/[slug]'], async ({ request, params }) =>
  deleteBookmark(request, params.slug),
);

export const PATCH = withApi(API_ROUTES['PATCH /api/bookmarks/[slug]'], async ({ request, params, body }) =>
  patchBookmarkNote(request, params.slug, body.note),
);
