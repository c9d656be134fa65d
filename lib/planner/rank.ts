/**
 * How /plan ranks the catalog. Pure and deterministic: same procedures, wishes and `today` →
 * same order. Every wish the visitor states is checked on its own (checks.ts, timing.ts) and
 * gives one outcome: pass · caution (a pass with something to check) · near (a near miss) ·
 * unknown (our sources don't report what we'd need to confirm it) · fail.
 *
 * Hard filters (a fail puts the option under "doesn't fit", with the reason):
 *   avoid surgery · avoid general anesthesia (only when general is the sole option; "sometimes
 *   general" is a caution) · highest risk level · chosen concerns (must treat one) · chosen body
 *   areas (must be used on one).
 * Graded wishes (near misses are shown as near misses, never dropped):
 *   days off vs the longest reported recovery (near: up to 2 days over) · budget vs the typical
 *   cost (near: up to 20 % over) · results lasting vs wanted months (near: may not last, or at
 *   least 75 % of it) · event date (timing.ts): have it done by event − (the latest milestone
 *   "ready" waits for + a 7-day safety margin), no sooner than our lead time from today; a course
 *   fits when one session does; near when only the margin or the lead time is eaten into; a date
 *   that has passed fails for every option, whatever is known about its recovery.
 * Unknowns fail closed: a date that needs an unreported figure is "can't confirm", naming it.
 *   Unknown cost or results duration is a caution (a penalty, reason shown): those are settled at
 *   consultation and don't decide whether you have healed by your date.
 * Concerns and areas narrow: plan.ts ranks only the procedures that treat one (the rest are
 *   counted apart and listed on request); the checks here give their "Treats …" reasons.
 * Sections, best first: fits → near misses → can't confirm → can't be ready by the date (timing
 *   fails) → doesn't fit (any other fail). Within a section: score, then name. Score =
 *   100 − 2 × longest recovery in days (capped at 30; unknown counts as 30) − risk (0/5/15)
 *   − invasiveness (0/3/10) + 8 per concern treated + 4 per area used − 5 per caution
 *   − 10 per near miss.
 * Loosening any wish can only improve its outcome, so an option that fits never drops out.
 */
import {
  checkAnesthesia,
  checkAreas,
  checkBudget,
  checkConcerns,
  checkDowntime,
  checkResults,
  checkRisk,
  checkSurgery,
  type Finding,
} from './checks';
import type { PlanParams } from './schema';
import { NEAR_EVENT_DAYS } from './constants';
import { daysBetween } from './dates';
import { isHeavyProcedure } from './lead-time';
import { checkTiming } from './timing';
import type { Constraint, Outcome, PlannerProcedure, RankedOption, Reason, SessionAnswer, Section, Timing } from './types';

const SECTION_ORDER: Record<Section, number> = { fits: 0, near_miss: 1, unconfirmed: 2, too_late: 3, does_not_fit: 4 };
const SEVERITY: Record<Outcome, number> = { pass: 0, caution: 0, near: 1, unknown: 2, fail: 3 };
const RISK_PENALTY = { low: 0, moderate: 5, high: 15 } as const;
const INVASIVENESS_PENALTY = { non_invasive: 0, minimally_invasive: 3, surgical: 10 } as const;
const UNKNOWN_RECOVERY_DAYS = 30;

type Evaluation = { section: Section; score: number; reasons: Reason[]; timing: Timing | null; oneSession: SessionAnswer | null };

function collectReasons(procedure: PlannerProcedure, params: PlanParams, today: string) {
  const { findings: timingFindings, timing, oneSession } = checkTiming(procedure, params, today);
  const checks: [Constraint, Finding | null][] = [
    ['downtime', checkDowntime(procedure, params)],
    ['budget', checkBudget(procedure, params)],
    ['surgery', checkSurgery(procedure, params)],
    ['anesthesia', checkAnesthesia(procedure, params)],
    ['risk', checkRisk(procedure, params)],
    ['concern', checkConcerns(procedure, params)],
    ['area', checkAreas(procedure, params)],
    ['results', checkResults(procedure, params)],
  ];
  const reasons: Reason[] = [
    ...timingFindings.map((finding): Reason => ({ constraint: 'timing', ...finding })),
    ...checks.flatMap(([constraint, finding]) => (finding ? [{ constraint, ...finding }] : [])),
  ];
  return { reasons, timing, oneSession };
}

function sectionOf(reasons: Reason[]): Section {
  const worst = Math.max(0, ...reasons.map((reason) => SEVERITY[reason.outcome]));
  if (worst === 0) return 'fits';
  if (worst === 1) return 'near_miss';
  if (worst === 2) return 'unconfirmed';
  const timingFailed = reasons.some((reason) => reason.constraint === 'timing' && reason.outcome === 'fail');
  return timingFailed ? 'too_late' : 'does_not_fit';
}

function scoreOf(procedure: PlannerProcedure, params: PlanParams, reasons: Reason[]): number {
  const recovery = Math.min(procedure.recoveryDays?.max ?? UNKNOWN_RECOVERY_DAYS, UNKNOWN_RECOVERY_DAYS);
  const concerns = params.concern.filter((concern) => procedure.concerns.includes(concern)).length;
  const areas = params.area.filter((area) => procedure.bodyAreas.includes(area)).length;
  const count = (outcome: Outcome) => reasons.filter((reason) => reason.outcome === outcome).length;
  return (
    100 -
    2 * recovery -
    RISK_PENALTY[procedure.riskLevel] -
    INVASIVENESS_PENALTY[procedure.invasiveness] +
    8 * concerns +
    4 * areas -
    5 * count('caution') -
    10 * count('near')
  );
}

function nearEvent(params: PlanParams, today: string): boolean {
  return params.eventDate !== undefined && daysBetween(today, params.eventDate) < NEAR_EVENT_DAYS;
}

export function evaluateProcedure(procedure: PlannerProcedure, params: PlanParams, today: string): Evaluation {
  const { reasons, timing, oneSession } = collectReasons(procedure, params, today);
  return { section: sectionOf(reasons), score: scoreOf(procedure, params, reasons), reasons, timing, oneSession };
}

/** The whole catalog, best fit first, each with its reasons and (given an event date) its timing. */
export function rankProcedures(procedures: readonly PlannerProcedure[], params: PlanParams, today: string): RankedOption[] {
  return procedures
    .map((procedure) => ({ procedure, ...evaluateProcedure(procedure, params, today) }))
    .sort(
      (a, b) =>
        SECTION_ORDER[a.section] - SECTION_ORDER[b.section] ||
        b.score - a.score ||
        a.procedure.name.localeCompare(b.procedure.name, 'en') ||
        (a.procedure.slug < b.procedure.slug ? -1 : a.procedure.slug > b.procedure.slug ? 1 : 0),
    )
    .map(({ procedure, section, score, reasons, timing, oneSession }, index) => ({
      rank: index + 1,
      slug: procedure.slug,
      name: procedure.name,
      section,
      score,
      reasons,
      timing,
      oneSession,
      notTopPick: isHeavyProcedure(procedure) && nearEvent(params, today),
    }));
}
