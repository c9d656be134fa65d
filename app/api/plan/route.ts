import { withApiErrors } from '@/lib/http/handler';
import { jsonBadRequest, jsonOk } from '@/lib/http/json';
import { toPlanJson } from '@/lib/planner/json';
import { createPlan } from '@/lib/planner/plan';
import { getPlannerProcedures } from '@/lib/planner/queries';
import { parsePlanParamsStrict } from '@/lib/planner/schema';

export const dynamic = 'force-dynamic';

/** The /plan ranking as JSON. Invalid parameters are a 400 with zod issues; a past date is a notice. */
export const GET = withApiErrors(async (request: Request): Promise<Response> => {
  const parsed = parsePlanParamsStrict(new URL(request.url).searchParams);
  if (!parsed.success) return jsonBadRequest(parsed.error);
  const procedures = await getPlannerProcedures();
  const plan = createPlan(procedures, parsed.data, { now: new Date() });
  return jsonOk(toPlanJson(plan, procedures, parsed.data), { headers: { 'Cache-Control': 'no-store' } });
});
