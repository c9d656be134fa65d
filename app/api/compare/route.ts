import { toComparisonResponse } from '@/lib/compare/api';
import { loadComparison } from '@/lib/compare/load';
import { parseCompareApiParams } from '@/lib/compare/schema';
import { jsonBadRequest, jsonOk } from '@/lib/http/json';

export const dynamic = 'force-dynamic';

// Same comparison as /compare. Malformed ids are a client error (400 with zod issues); ids past
// the limit or missing from the catalog are reported as notices, as the page does.
export async function GET(request: Request): Promise<Response> {
  const parsed = parseCompareApiParams(new URL(request.url).searchParams);
  if (!parsed.success) return jsonBadRequest(parsed.error);
  try {
    return jsonOk(toComparisonResponse(await loadComparison(parsed.data)));
  } catch (error) {
    console.error('GET /api/compare failed', error);
    return Response.json({ error: 'unavailable', message: 'The catalog could not be read; try again shortly.' }, { status: 503 });
  }
}
