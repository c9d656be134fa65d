import type { ProcedureDetail } from '@/lib/procedures/view';
import type { Readiness } from './constants';

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
  | 'exerciseDays'
  | 'finalResultDays'
  | 'cost'
  | 'results'
  | 'resultsVisibleDays'
  | 'anesthesia'
  | 'concerns'
  | 'bodyAreas'
  | 'milestones'
  | 'sessions'
  | 'gaps'
  | 'evidence'
>;

export const CONSTRAINTS = ['timing', 'downtime', 'budget', 'surgery', 'anesthesia', 'risk', 'concern', 'area', 'results'] as const;
export type Constraint = (typeof CONSTRAINTS)[number];

/**
 * How one option meets one constraint. `caution` is a pass with something to check;
 * `unknown` means our sources do not report what we would need to confirm the fit.
 */
export type Outcome = 'pass' | 'caution' | 'near' | 'unknown' | 'fail';

export type Reason = { constraint: Constraint; outcome: Outcome; text: string };

export const SECTIONS = ['fits', 'near_miss', 'unconfirmed', 'too_late', 'does_not_fit'] as const;
export type Section = (typeof SECTIONS)[number];

/** One sourced span the timing adds up, e.g. { figure: 'downtime', days: 14 }. */
export type TimingTerm =
  | { figure: 'downtime' | 'resultsVisible' | 'exercise' | 'finalResult'; days: number }
  /** A course: the sessions after the first, each `intervalDays` apart (days = (sessions − 1) × interval). */
  | { figure: 'sessions'; days: number; sessions: number; intervalDays: number };

export type Timing = {
  /** The last calendar day (YYYY-MM-DD) to have it done so everything ends by the event. */
  latestDate: string;
  /**
   * What latestDate is the deadline for: the procedure, a course's first session, or (when a
   * course's sessions or interval are not reported) its last session.
   */
  anchor: 'procedure' | 'first_session' | 'last_session';
  /** For anchor last_session: what is not reported about the course. */
  courseMissing: string | null;
  /** Days from today to latestDate; negative when that day has passed. */
  daysFromToday: number;
  readiness: Readiness;
  /** The downtime milestone's longest figure (back to work). */
  recoveryMaxDays: number;
  /** null when our sources do not say how long results take to show. */
  resultsVisibleMaxDays: number | null;
  /** For "fully healed": the longest exercise and final-result figures, null when not reported. */
  exerciseMaxDays: number | null;
  finalResultMaxDays: number | null;
  /** The spans that decide the date, before the margin. */
  terms: TimingTerm[];
  marginDays: number;
  /** The terms + margin. */
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
