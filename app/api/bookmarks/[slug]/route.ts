import { deleteBookmark, patchBookmarkNote, putBookmark } from '@/lib/bookmarks/api';
import { withApiErrors } from '@/lib/http/handler';

// JSON writes for one saved procedure, for clients other than the site's own forms:
// PUT saves, DELETE removes, PATCH {"note": "…"} sets the note. See lib/bookmarks/api.ts.

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

export const PUT = withApiErrors(async (request: Request, context: Context) => putBookmark(request, (await context.params).slug));

export const DELETE = withApiErrors(async (request: Request, context: Context) => deleteBookmark(request, (await context.params).slug));

export const PATCH = withApiErrors(async (request: Request, context: Context) => patchBookmarkNote(request, (await context.params).slug));
