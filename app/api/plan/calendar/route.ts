import { withApiErrors } from '@/lib/http/handler';
import { jsonError } from '@/lib/http/errors';
import { jsonBadRequest } from '@/lib/http/json';
import { treatmentCalendar } from '@/lib/planner/ics';
import { createPlan } from '@/lib/planner/plan';
import { getPlannerProcedures } from '@/lib/planner/queries';
import { parsePlanParamsStrict } from '@/lib/planner/schema';

export const dynamic = 'force-dynamic';

/** The treatment plan's booking deadlines as an .ics download. Same parameters as /api/plan. */
export const GET = withApiErrors(async (request: Request): Promise<Response> => {
  const parsed = parsePlanParamsStrict(new URL(request.url).searchParams);
  if (!parsed.success) return jsonBadRequest(parsed.error);
  const plan = createPlan(await getPlannerProcedures(), parsed.data, { now: new Date() });
  if (!plan.treatment || plan.treatment.steps.length === 0) {
    return jsonError('invalid_parameters', 'A calendar needs an event date and a treatment plan of 2–3 procedures we can date.');
  }
  const calendar = treatmentCalendar(plan.treatment);
  if (!calendar.ok) return jsonError('internal_error', calendar.message);
  return new Response(calendar.text, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="treatment-plan.ics"',
      'Cache-Control': 'no-store',
    },
  });
});
