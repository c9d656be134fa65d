import { calculationOf, costOverTimeOf } from '@/lib/procedures/catalog/cost-inputs';
import type { DerivedCost } from '@/lib/procedures/catalog/cost-over-time';
import { toFigureMap } from '@/lib/procedures/figures/figure-view';
import type { ProcedureDetail } from '@/lib/procedures/catalog/view';
import type { Plan } from './plan';
import type { PlanParams } from './schema';

// The API's body: the plan plus, for each option, the facts its reasons talk about, so a client
// can show a result without a second request. Unknown facts stay null ("not reported"); each
// sourced figure carries its evidence, each calculated cost its inputs and their evidence.

function derivedJson(procedure: ProcedureDetail, derived: DerivedCost) {
  return derived.computed
    ? { lowUsd: derived.range.lowUsd, highUsd: derived.range.highUsd, calculatedFrom: calculationOf(procedure, derived) }
    : { notCalculated: derived.missing };
}

function costOverTimeJson(procedure: ProcedureDetail) {
  const costs = costOverTimeOf(procedure);
  return {
    perVisit: costs.perVisit,
    perCourse: derivedJson(procedure, costs.perCourse),
    perYear: derivedJson(procedure, costs.perYear),
  };
}

export function toPlanJson(plan: Plan, procedures: readonly ProcedureDetail[], params: PlanParams) {
  const bySlug = new Map(procedures.map((procedure) => [procedure.slug, procedure]));
  return {
    params,
    today: plan.today,
    timeZone: plan.timeZone,
    safetyMarginDays: plan.safetyMarginDays,
    leadTimes: plan.leadTimes,
    needsDate: plan.needsDate,
    nothingFits: plan.nothingFits,
    /** Procedures left out: they treat none of the chosen concerns or areas. */
    others: plan.others,
    daysUntilEvent: plan.daysUntilEvent,
    notices: plan.notices,
    counts: plan.counts,
    topPicks: plan.topPicks,
    compareUrl: plan.compareHref,
    withoutDateUrl: plan.withoutDateHref,
    treatment: plan.treatment,
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
              exerciseDays: procedure.exerciseDays,
              finalResultDays: procedure.finalResultDays,
              lookNormalDays: procedure.lookNormalDays,
              resultsVisibleDays: procedure.resultsVisibleDays,
              sessions: procedure.sessions,
              cost: procedure.cost,
              costOverTime: costOverTimeJson(procedure),
              results: procedure.results,
              figures: toFigureMap(procedure),
              url: `/procedures/${procedure.slug}`,
            }
          : null,
      };
    }),
  };
}
