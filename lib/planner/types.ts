import type { ProcedureDetail } from '@/lib/procedures/catalog/view';
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
  | 'lookNormalDays'
  | 'deepResurfacing'
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

/** What the timing reads: small enough to send to the browser for a procedure page's date check. */
export type TimingProcedure = Pick<
  PlannerProcedure,
  | 'name'
  | 'category'
  | 'invasiveness'
  | 'deepResurfacing'
  | 'recoveryDays'
  | 'lookNormalDays'
  | 'resultsVisibleDays'
  | 'exerciseDays'
  | 'finalResultDays'
  | 'sessions'
  | 'gaps'
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

/** A recovery milestone the timing can wait for. */
export type MilestoneFigure = 'downtime' | 'lookNormal' | 'resultsVisible' | 'exercise' | 'finalResult';

/** One sourced span the timing adds up, e.g. { figure: 'downtime', days: 14 }. */
export type TimingTerm =
  | { figure: MilestoneFigure; days: number }
  /** A course: the sessions after the first, each `intervalDays` apart (days = (sessions − 1) × interval). */
  | { figure: 'sessions'; days: number; sessions: number; intervalDays: number };

export type Timing = {
  /** The last calendar day (YYYY-MM-DD) to have it done so everything ends by the event. */
  latestDate: string;
  /** What latestDate is the deadline for: the procedure (or one session), or a course's first session. */
  anchor: 'procedure' | 'first_session';
  /** Days from today to latestDate; negative when that day has passed. */
  daysFromToday: number;
  readiness: Readiness;
  /** The downtime milestone's longest figure (back to work). */
  recoveryMaxDays: number;
  /** The milestones waited for, as used (null: not among them). Looks normal falls back to the final result. */
  lookNormalMaxDays: number | null;
  resultsVisibleMaxDays: number | null;
  exerciseMaxDays: number | null;
  finalResultMaxDays: number | null;
  /** Every milestone "ready" waits for; the latest decides. */
  milestones: TimingTerm[];
  /** The spans that decide the date, before the margin: the course (if any) and the latest milestone. */
  terms: TimingTerm[];
  marginDays: number;
  /** The terms + margin. */
  totalDays: number;
  /** Our lead time for this procedure (a consultation first; surgery also pre-operative visits). */
  leadDays: number;
  /** today + leadDays: nothing booked before this day counts as a fit. */
  earliestBookingDate: string;
};

/** For a course: one session's answer, or the figures it needs that are not reported. */
export type SessionAnswer =
  | {
      timing: Timing;
      /** How many of the course's sessions fit between the earliest booking day and the latest single session. */
      sessionsBeforeEvent: number;
      courseSessions: number | null;
    }
  | { missing: string[] };

export type RankedOption = {
  rank: number;
  slug: string;
  name: string;
  section: Section;
  score: number;
  reasons: Reason[];
  /** The whole treatment (a course from its first session); null without a date or when a figure is not reported. */
  timing: Timing | null;
  /** For a course: the latest single session; null for a one-off procedure or without a date. */
  oneSession: SessionAnswer | null;
  /** Surgery or deep resurfacing less than six weeks before the event: never a top pick. */
  notTopPick: boolean;
};
