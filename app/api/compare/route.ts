import { toComparisonResponse } from '@/lib/compare/api';
import { loadComparison } from '@/lib/compare/load';
import { parseCompareApiParams } from '@/lib/compare/schema';
import { withApiErrors } from '@/lib/http/handler';
import { jsonBadRequest, jsonOk } from '@/lib/http/json';

export const dynamic = 'force-dynamic';

// Same comparison as /compare. Malformed ids are a client error (400 with zod issues); ids past
// the limit or missing from the catalog are reported as notices, as the page does.
export const GET = withApiErrors(async (request: Request): Promise<Response> => {
  const parsed = parseCompareApiParams(new URL(request.url).searchParams);
  if (!parsed.success) return jsonBadRequest(parsed.error);
  return jsonOk(toComparisonResponse(await loadComparison(parsed.data)));
});
