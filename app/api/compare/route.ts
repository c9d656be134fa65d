import { API_ROUTES } from '@/lib/api/routes';
import { toComparisonResponse } from '@/lib/compare/api';
import { loadComparison } from '@/lib/compare/load';
import { withApi } from '@/lib/http/api';
import { jsonOk } from '@/lib/http/json';

export const dynamic = 'force-dynamic';

// Same comparison as /compare. Malformed ids are a client error (400 with zod issues); ids past
// the limit or missing from the catalog are reported as notices, as the page does.
export const GET = withApi(API_ROUTES['GET /api/compare'], async ({ query }) => jsonOk(toComparisonResponse(await loadComparison(query))));
