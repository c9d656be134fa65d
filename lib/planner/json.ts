import type { ProcedureDetail } from '@/lib/procedures/view';
import type { Plan } from './plan';
import type { PlanParams } from './schema';

// The API's body: the plan plus, for each option, the facts its reasons talk about, so a client
// can show a result without a second request. Unknown facts stay null ("not reported").

export function toPlanJson(plan: Plan, procedures: readonly ProcedureDetail[], params: PlanParams) {
  const bySlug = new Map(procedures.map((procedure) => [procedure.slug, procedure]));
  return {
    params,
    today: plan.today,
    timeZone: plan.timeZone,
    safetyMarginDays: plan.safetyMarginDays,
    daysUntilEvent: plan.daysUntilEvent,
    notices: plan.notices,
    counts: plan.counts,
    topPicks: plan.topPicks,
    compareUrl: plan.compareHref,
    withoutDateUrl: plan.withoutDateHref,
    results: plan.options.map((option) => {
      const procedure = bySlug.get(option.slug);
      return {
        ...option,
        procedure: procedure
          ? {
              category: procedure.category,
              invasiveness: procedure.invasiveness,
              riskLevel: procedure.riskLevel,
              anesthesia: procedure.anesthesia,
              recoveryDays: procedure.recoveryDays,
              resultsVisibleDays: procedure.resultsVisibleDays,
              cost: procedure.cost,
              results: procedure.results,
              url: `/procedures/${procedure.slug}`,
            }
          : null,
      };
    }),
  };
}
