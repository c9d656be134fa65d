import { API_ROUTES } from '@/lib/api/routes';
import { withApi } from '@/lib/http/api';
import { jsonOk } from '@/lib/http/json';
import { toPlanJson } from '@/lib/planner/json';
import { createPlan } from '@/lib/planner/plan';
import { getPlannerProcedures } from '@/lib/planner/queries';

export const dynamic = 'force-dynamic';

/** The /plan ranking as JSON. Invalid parameters are a 400 with zod issues; a past date is a notice. */
export const GET = withApi(API_ROUTES['GET /api/plan'], async ({ query }) => {
  const procedures = await getPlannerProcedures();
  const plan = createPlan(procedures, query, { now: new Date() });
  return jsonOk(toPlanJson(plan, procedures, query), { headers: { 'Cache-Control': 'no-store' } });
});
