import type { ProcedureDetail } from '@/lib/procedures/view';

// Shapes shared by the ranking, the page and the API.

/** The facts the planner reads: a ProcedureDetail satisfies it, and tests can build one by hand. */
export type PlannerProcedure = Pick<
  ProcedureDetail,
  | 'slug'
  | 'name'
  | 'category'
  | 'invasiveness'
  | 'riskLevel'
  | 'recoveryDays'
  | 'cost'
  | 'results'
  | 'resultsVisibleDays'
  | 'anesthesia'
  | 'concerns'
  | 'bodyAreas'
  | 'milestones'
>;

export const CONSTRAINTS = [
  'timing',
  'downtime',
  'budget',
  'surgery',
  'anesthesia',
  'risk',
  'concern',
  'area',
  'results',
] as const;
export type Constraint = (typeof CONSTRAINTS)[number];

/**
 * How one option meets one constraint. `caution` is a pass with something to check;
 * `unknown` means our sources do not report what we would need to confirm the fit.
 */
export type Outcome = 'pass' | 'caution' | 'near' | 'unknown' | 'fail';

export type Reason = { constraint: Constraint; outcome: Outcome; text: string };

export const SECTIONS = ['fits', 'near_miss', 'unconfirmed', 'too_late', 'does_not_fit'] as const;
export type Section = (typeof SECTIONS)[number];

export type Timing = {
  /** The last calendar day (YYYY-MM-DD) to have it done so everything ends by the event. */
  latestDate: string;
  /** Days from today to latestDate; negative when that day has passed. */
  daysFromToday: number;
  recoveryMaxDays: number;
  /** null when our sources do not say how long results take to show. */
  resultsVisibleMaxDays: number | null;
  marginDays: number;
  /** recovery + results time (where known) + margin. */
  totalDays: number;
};

export type RankedOption = {
  rank: number;
  slug: string;
  name: string;
  section: Section;
  score: number;
  reasons: Reason[];
  timing: Timing | null;
};
