import { API_ROUTES } from '@/lib/api/routes';
import { startTransferApi } from '@/lib/bookmarks/server/api';
import { withApi } from '@/lib/http/api';

// A one-time code that copies the visitor's list to another device (lib/bookmarks/server/transfer.ts).

export const dynamic = 'force-dynamic';

export const POST = withApi(API_ROUTES['POST /api/bookmarks/transfer'], async ({ request }) => startTransferApi(request));
