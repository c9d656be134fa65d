import { withApiErrors } from '@/lib/http/handler';
import { jsonBadRequest, jsonOk } from '@/lib/http/json';
import { parseListParamsStrict } from '@/lib/procedures/search-params';
import { getProcedureList } from '@/lib/procedures/queries';

export const dynamic = 'force-dynamic';

export const GET = withApiErrors(async (request: Request): Promise<Response> => {
  const parsed = parseListParamsStrict(new URL(request.url).searchParams);
  if (!parsed.success) return jsonBadRequest(parsed.error);
  const list = await getProcedureList(parsed.data);
  return jsonOk({ ...list, params: parsed.data });
});
