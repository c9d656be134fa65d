import { deleteBookmark, patchBookmarkNote, putBookmark } from '@/lib/bookmarks/api';

// JSON writes for one saved procedure, for clients other than the site's own forms:
// PUT saves, DELETE removes, PATCH {"note": "…"} sets the note. See lib/bookmarks/api.ts.

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

export async function PUT(request: Request, context: Context): Promise<Response> {
  return putBookmark(request, (await context.params).slug);
}

export async function DELETE(request: Request, context: Context): Promise<Response> {
  return deleteBookmark(request, (await context.params).slug);
}

export async function PATCH(request: Request, context: Context): Promise<Response> {
  return patchBookmarkNote(request, (await context.params).slug);
}
