import { API_ROUTES } from '@/lib/api/routes';
import { importBookmarks } from '@/lib/bookmarks/server/api';
import { withApi } from '@/lib/http/api';

// Import of the app's own JSON export into the visitor's list (merge, all or nothing). The body is
// read here, under the import's own size limit (lib/bookmarks/import-file.ts), not withApi's.

export const dynamic = 'force-dynamic';

export const POST = withApi(API_ROUTES['POST /api/bookmarks/import'], async ({ request }) => importBookmarks(request));
