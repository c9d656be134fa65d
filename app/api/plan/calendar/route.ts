import { API_ROUTES } from '@/lib/api/routes';
import { ApiError, withApi } from '@/lib/http/api';
import { treatmentCalendar } from '@/lib/planner/ics';
import { createPlan } from '@/lib/planner/plan';
import { getPlannerProcedures } from '@/lib/planner/queries';

export const dynamic = 'force-dynamic';

/** The treatment plan's booking deadlines as an .ics download. Same parameters as /api/plan. */
export const GET = withApi(API_ROUTES['GET /api/plan/calendar'], async ({ query }) => {
  const plan = createPlan(await getPlannerProcedures(), query, { now: new Date() });
  if (!plan.treatment || plan.treatment.steps.length === 0) {
    throw new ApiError('invalid_parameters', 'A calendar needs an event date and a treatment plan of 2–3 procedures we can date.');
  }
  const calendar = treatmentCalendar(plan.treatment);
  if (!calendar.ok) throw new ApiError('internal_error', calendar.message);
  return new Response(calendar.text, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="treatment-plan.ics"',
      'Cache-Control': 'no-store',
    },
  });
});
