import { withApiErrors } from '@/lib/http/handler';
import { jsonBadRequest, jsonNotFound, jsonOk } from '@/lib/http/json';
import { toFigureMap } from '@/lib/procedures/figure-view';
import { getProcedureBySlug } from '@/lib/procedures/queries';
import { slugSchema } from '@/lib/procedures/slug';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

export const GET = withApiErrors(async (_request: Request, context: Context): Promise<Response> => {
  const { slug } = await context.params;
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) return jsonBadRequest(parsed.error);
  const procedure = await getProcedureBySlug(parsed.data);
  if (!procedure) return jsonNotFound(`No procedure with slug "${parsed.data}".`);
  // `figures` puts each figure's evidence beside its value; the flat fields stay for existing clients.
  return jsonOk({ ...procedure, figures: toFigureMap(procedure) });
});
