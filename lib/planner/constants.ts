// The planner's stated allowances. They are shown in the UI next to the results, so a visitor
// can see exactly how much slack we build in and where a "near miss" starts.

/** Extra days between the end of recovery (and results showing) and the event. */
export const SAFETY_MARGIN_DAYS = 7;

/** Recovery this many days over the downtime a visitor can take is a near miss, not a miss. */
export const NEAR_MISS_DOWNTIME_DAYS = 2;

/** A typical cost up to this share over the budget ceiling is a near miss (0.2 = 20 %). */
export const NEAR_MISS_BUDGET_RATIO = 0.2;

/** Results lasting at least this share of the wanted months are a near miss. */
export const NEAR_MISS_RESULTS_RATIO = 0.75;

/** Surgery and deep resurfacing are never a top pick for an event closer than this (6 weeks). */
export const NEAR_EVENT_DAYS = 42;

/** How many of the best options "Compare the top picks" sends to /compare. */
export const TOP_PICKS = 3;

/**
 * What "ready by the date" means. presentable: back to work and social life (downtime), looking
 * normal again (bruising and swelling mostly gone) and the results showing. healed: back to strenuous exercise and the final result visible (swelling
 * settled), whichever comes later.
 */
export const READINESS = ['presentable', 'healed'] as const;
export type Readiness = (typeof READINESS)[number];

export const READINESS_LABELS: Record<Readiness, string> = {
  presentable: 'Looking normal by the date (back to work, bruising and swelling gone, results showing)',
  healed: 'Fully healed by the date (back to exercise, final result)',
};

/** What the budget ceiling is compared with: one visit's fee, a whole course, or a year of keeping the result. */
export const BUDGET_BASES = ['visit', 'course', 'year'] as const;
export type BudgetBasis = (typeof BUDGET_BASES)[number];

export const BUDGET_BASIS_LABELS: Record<BudgetBasis, string> = {
  visit: 'Per visit',
  course: 'Per course of sessions',
  year: 'Per year, to keep the result',
};

/**
 * Lists /plan renders only on request, each at its own URL (`show=`): the options that can't be
 * ready in time or don't fit, and the procedures that don't treat the chosen concern or area.
 */
export const PLAN_LISTS = ['late', 'other'] as const;
export type PlanList = (typeof PLAN_LISTS)[number];
