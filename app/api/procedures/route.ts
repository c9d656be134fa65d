import { API_ROUTES } from '@/lib/api/routes';
import { withApi } from '@/lib/http/api';
import { jsonOk } from '@/lib/http/json';
import { getProcedureList } from '@/lib/procedures/list/queries';

export const dynamic = 'force-dynamic';

export const GET = withApi(API_ROUTES['GET /api/procedures'], async ({ query }) =>
  jsonOk({ ...(await getProcedureList(query)), params: query }),
);
