import { API_ROUTES } from '@/lib/api/routes';
import { ApiError, withApi } from '@/lib/http/api';
import { jsonOk } from '@/lib/http/json';
import { toFigureMap } from '@/lib/procedures/figures/figure-view';
import { getProcedureBySlug } from '@/lib/procedures/list/queries';

export const dynamic = 'force-dynamic';

export const GET = withApi(API_ROUTES['GET /api/procedures/[slug]'], async ({ params }) => {
  const procedure = await getProcedureBySlug(params.slug);
  if (!procedure) throw new ApiError('not_found', `No procedure with slug "${params.slug}".`);
  // `figures` puts each figure's evidence beside its value; the flat fields stay for existing clients.
  return jsonOk({ ...procedure, figures: toFigureMap(procedure) });
});
