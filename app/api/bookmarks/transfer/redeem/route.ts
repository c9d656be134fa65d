import { API_ROUTES } from '@/lib/api/routes';
import { redeemTransferApi } from '@/lib/bookmarks/server/api';
import { withApi } from '@/lib/http/api';

// Redeems a transfer code on the second device: the first device's list, merged into this one's.

export const dynamic = 'force-dynamic';

export const POST = withApi(API_ROUTES['POST /api/bookmarks/transfer/redeem'], async ({ request, body }) =>
  redeemTransferApi(request, body.code),
);
