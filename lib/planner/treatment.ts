import type { EvidenceView } from '@/lib/procedures/catalog/view';
import { SAFETY_MARGIN_DAYS, type Readiness } from './constants';
import { addDays, daysBetween } from './dates';
import { SPACING, ruleFor, spacingEvidence, type SpacingRule } from './spacing';
import { getTiming } from './timing';
import type { PlannerProcedure, Timing } from './types';

// A treatment plan of 2–3 procedures towards one date. Pure. Working backwards from the event:
// the last step must be ready by the event, less the safety margin; each earlier step must end in
// time for the next to start, spaced by a sourced rule where one covers the pair, else so that
// its downtime is over before the next begins (a scheduling choice, not a medical rule: the plan
// then says "ask your provider about spacing"). The order is the one that lets the plan start
// latest while keeping every sourced "X before Y" rule.

export { MAX_TREATMENT, MIN_TREATMENT } from './treatment-url';

export type Spacing =
  | { kind: 'rule'; days: number; text: string; evidence: EvidenceView | null; ruleId: string }
  | { kind: 'downtime'; days: number; text: string };

export type TreatmentStep = {
  slug: string;
  name: string;
  timing: Timing;
  /** Latest dates for each session, first to last (one for a single procedure). */
  sessionDates: string[];
  /** Each session's downtime window, [start, end] inclusive of the start day. */
  downtimeWindows: [string, string][];
  /** From the last session until ready (results showing, or fully healed). */
  readyBy: string;
  /** How this step is spaced from the next one; null for the last step. */
  spacingToNext: Spacing | null;
};

export type TreatmentPlan = {
  eventDate: string;
  today: string;
  readiness: Readiness;
  marginDays: number;
  steps: TreatmentStep[];
  /** Chosen procedures the plan can't date, with why (a figure is not reported). */
  unscheduled: { slug: string; name: string; reason: string }[];
  /** The first step's first session: the booking deadline for the whole plan. */
  bookBy: string | null;
  daysFromToday: number | null;
  status: 'fits' | 'tight' | 'too_late' | 'unknown';
  /** True when some pair has no sourced spacing rule. */
  askAboutSpacing: boolean;
};

type Dated = { procedure: PlannerProcedure; timing: Timing };

/** Days from the last session until ready: the timing's terms after the course. */
function tailDays(timing: Timing): number {
  return timing.terms.filter((term) => term.figure !== 'sessions').reduce((sum, term) => sum + term.days, 0);
}

function courseDays(timing: Timing): number {
  return timing.terms.find((term) => term.figure === 'sessions')?.days ?? 0;
}

function spacingBetween(
  a: Dated,
  b: Dated,
  rules: readonly SpacingRule[],
  evidenceOf: (rule: SpacingRule) => EvidenceView | null,
): Spacing {
  const rule = ruleFor(a.procedure, b.procedure, rules);
  if (rule) return { kind: 'rule', days: rule.minDays, text: rule.text, evidence: evidenceOf(rule), ruleId: rule.id };
  // Never the same day: two treatments on one visit is a decision for the provider, not for us.
  const downtime = a.timing.recoveryMaxDays;
  const after = downtime === 0 ? `the day after ${a.procedure.name}` : `once ${a.procedure.name}'s downtime (${downtime} days) is over`;
  return {
    kind: 'downtime',
    days: Math.max(1, downtime),
    text: `No sourced rule for spacing these: we start the next ${after}. Ask your provider about spacing.`,
  };
}

/** Every order of up to three items. */
function orders<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) => orders([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

function breaksARule(order: readonly Dated[], rules: readonly SpacingRule[]): boolean {
  return order.some((later, i) => order.slice(i + 1).some((earlier) => ruleFor(earlier.procedure, later.procedure, rules) !== null));
}

function schedule(order: readonly Dated[], eventDate: string, spacings: Spacing[]) {
  // Backwards: each step's last session is the earliest of "ready by the event" and "in time for the next".
  const lastSessions: string[] = new Array<string>(order.length);
  const firstSessions: string[] = new Array<string>(order.length);
  for (let i = order.length - 1; i >= 0; i -= 1) {
    const step = order[i]!;
    let last = addDays(eventDate, -(SAFETY_MARGIN_DAYS + tailDays(step.timing)));
    const next = firstSessions[i + 1];
    const spacing = spacings[i];
    if (next !== undefined && spacing) {
      const beforeNext = addDays(next, -spacing.days);
      if (beforeNext < last) last = beforeNext;
    }
    lastSessions[i] = last;
    firstSessions[i] = addDays(last, -courseDays(step.timing));
  }
  return { firstSessions, lastSessions };
}

export function planTreatment(
  procedures: readonly PlannerProcedure[],
  options: {
    eventDate: string;
    today: string;
    readiness: Readiness;
    rules?: readonly SpacingRule[];
    evidenceOf?: (rule: SpacingRule) => EvidenceView | null;
  },
): TreatmentPlan {
  const { eventDate, today, readiness, rules = SPACING.rules, evidenceOf = (rule: SpacingRule) => spacingEvidence(rule) } = options;
  const dated: Dated[] = [];
  const unscheduled: TreatmentPlan['unscheduled'] = [];
  for (const procedure of procedures) {
    const timing = getTiming(procedure, eventDate, today, readiness);
    if (timing) dated.push({ procedure, timing });
    else unscheduled.push({ slug: procedure.slug, name: procedure.name, reason: 'A figure its dates need is not reported by our sources' });
  }
  const candidates = orders(dated);
  const allowed = candidates.filter((order) => !breaksARule(order, rules));
  let best: { order: Dated[]; spacings: Spacing[]; firstSessions: string[]; lastSessions: string[] } | null = null;
  for (const order of allowed.length > 0 ? allowed : candidates) {
    const spacings = order.slice(0, -1).map((step, i) => spacingBetween(step, order[i + 1]!, rules, evidenceOf));
    const dates = schedule(order, eventDate, spacings);
    // Latest start wins; ties keep the visitor's order (the first candidate).
    if (!best || (dates.firstSessions[0] ?? '') > (best.firstSessions[0] ?? '')) best = { order, spacings, ...dates };
  }
  const steps: TreatmentStep[] = (best?.order ?? []).map((step, i) => {
    const first = best!.firstSessions[i]!;
    const sessionTerm = step.timing.terms.find((term) => term.figure === 'sessions');
    const sessionDates =
      sessionTerm && sessionTerm.figure === 'sessions'
        ? Array.from({ length: sessionTerm.sessions }, (_, n) => addDays(first, n * sessionTerm.intervalDays))
        : [first];
    const downtime = step.timing.recoveryMaxDays;
    const last = best!.lastSessions[i]!;
    return {
      slug: step.procedure.slug,
      name: step.procedure.name,
      timing: step.timing,
      sessionDates,
      downtimeWindows: sessionDates.map((date): [string, string] => [date, addDays(date, downtime)]),
      readyBy: addDays(last, tailDays(step.timing)),
      spacingToNext: best!.spacings[i] ?? null,
    };
  });
  const bookBy = steps[0]?.sessionDates[0] ?? null;
  const daysFromToday = bookBy === null ? null : daysBetween(today, bookBy);
  let status: TreatmentPlan['status'] = 'unknown';
  if (daysFromToday !== null) status = daysFromToday >= 0 ? 'fits' : daysFromToday + SAFETY_MARGIN_DAYS >= 0 ? 'tight' : 'too_late';
  return {
    eventDate,
    today,
    readiness,
    marginDays: SAFETY_MARGIN_DAYS,
    steps,
    unscheduled,
    bookBy,
    daysFromToday,
    status,
    askAboutSpacing: steps.some((step) => step.spacingToNext?.kind === 'downtime'),
  };
}
