import { FIGURE_LABELS } from '@/lib/procedures/figure-names';
import { plural, yourDaysOff, type Finding } from './words';
import { NEAR_EVENT_DAYS, SAFETY_MARGIN_DAYS, type Readiness } from './constants';
import { addDays, daysBetween, formatDaysFromToday, formatLongDate, formatShortDate } from './dates';
import { isHeavyProcedure, leadDaysFor, type LeadTimes } from './lead-time';
import type { PlanParams } from './schema';
import type { MilestoneFigure, SessionAnswer, Timing, TimingProcedure, TimingTerm } from './types';

// "By when must I have it done?" Working backwards from the event, on calendar dates. Fail
// closed: every figure a date rests on must be reported; one that is not makes the answer
// "can't confirm" with the figure named, never a date that assumes zero days.
//
// What "ready" waits for, from the day of the (last) treatment, the latest of:
//   presentable: downtime, looks normal again, results visible;
//   healed: downtime, looks normal again, back to strenuous exercise, final result.
// "Looks normal again" falls back to the final result (swelling settled, always later) until the
// catalog reports it. For the full course, results visible falls back to the final result too;
// for one session of a course it must be reported: it is what one session gives.
// A course first adds its sessions after the first, each the longest reported interval apart.
// Then a safety margin for the unexpected (a slow-healing bruise, a rescheduled visit).

type Scope = 'whole' | 'session';
type Terms = { terms: TimingTerm[] } | { missing: string[] };

const range = (figure: MilestoneFigure, days: { max: number } | null): TimingTerm | null => (days ? { figure, days: days.max } : null);

/** The milestones "ready" waits for after the (last) treatment, or the figures that are not reported. */
function milestoneTerms(procedure: TimingProcedure, readiness: Readiness, scope: Scope): Terms {
  const final = range('finalResult', procedure.finalResultDays);
  const visible = range('resultsVisible', procedure.resultsVisibleDays);
  const needed: [string, TimingTerm | null][] = [
    [FIGURE_LABELS.downtime, range('downtime', procedure.recoveryDays)],
    [FIGURE_LABELS.lookNormal, range('lookNormal', procedure.lookNormalDays) ?? final],
  ];
  if (readiness === 'healed') needed.push([FIGURE_LABELS.exercise, range('exercise', procedure.exerciseDays)]);
  if (scope === 'session') needed.push([`${FIGURE_LABELS.resultsVisible} one session`, visible]);
  else if (readiness === 'healed') needed.push([FIGURE_LABELS.finalResult, final]);
  else needed.push([FIGURE_LABELS.resultsVisible, visible ?? final]);
  const missing = needed.filter(([, term]) => term === null).map(([label]) => label);
  if (missing.length > 0) return { missing };
  const terms = needed.map(([, term]) => term!);
  return { terms: terms.filter((term, i) => terms.findIndex((t) => t.figure === term.figure) === i) };
}

/** A course of more than one session, or one whose sessions are not reported (it may be one). */
export function isCourse(procedure: TimingProcedure): boolean {
  return procedure.sessions ? procedure.sessions.max > 1 : procedure.gaps.sessions !== undefined;
}

/** The course's sessions after the first, or what is not reported about them. */
function courseTerm(procedure: TimingProcedure): { term: TimingTerm | null } | { missing: string[] } {
  if (!isCourse(procedure)) return { term: null };
  const sessions = procedure.sessions;
  if (!sessions) return { missing: [FIGURE_LABELS.sessions] };
  if (!sessions.intervalDays) return { missing: [FIGURE_LABELS.sessionInterval] };
  const intervalDays = sessions.intervalDays.max;
  return { term: { figure: 'sessions', sessions: sessions.max, intervalDays, days: (sessions.max - 1) * intervalDays } };
}

function dated(
  procedure: TimingProcedure,
  milestones: TimingTerm[],
  course: TimingTerm | null,
  at: { eventDate: string; today: string; readiness: Readiness; leadDays: number },
): Timing {
  const deciding = milestones.reduce((a, b) => (b.days > a.days ? b : a));
  const terms = course ? [course, deciding] : [deciding];
  const totalDays = terms.reduce((sum, term) => sum + term.days, 0) + SAFETY_MARGIN_DAYS;
  const latestDate = addDays(at.eventDate, -totalDays);
  const daysOf = (figure: MilestoneFigure) => milestones.find((term) => term.figure === figure)?.days ?? null;
  return {
    latestDate,
    anchor: course ? 'first_session' : 'procedure',
    daysFromToday: daysBetween(at.today, latestDate),
    readiness: at.readiness,
    recoveryMaxDays: procedure.recoveryDays?.max ?? 0,
    lookNormalMaxDays: daysOf('lookNormal'),
    resultsVisibleMaxDays: daysOf('resultsVisible'),
    exerciseMaxDays: daysOf('exercise'),
    finalResultMaxDays: daysOf('finalResult'),
    milestones,
    terms,
    marginDays: SAFETY_MARGIN_DAYS,
    totalDays,
    leadDays: at.leadDays,
    earliestBookingDate: addDays(at.today, at.leadDays),
  };
}

type TimingAt = { eventDate: string; today: string; readiness?: Readiness; lead?: LeadTimes };

/** The whole treatment (a course from its first session), or the figures that are not reported. */
export function getTimingOrMissing(procedure: TimingProcedure, at: TimingAt): Timing | { missing: string[] } {
  const readiness = at.readiness ?? 'presentable';
  const after = milestoneTerms(procedure, readiness, 'whole');
  const course = courseTerm(procedure);
  const missing = [...('missing' in after ? after.missing : []), ...('missing' in course ? course.missing : [])];
  if ('missing' in after || 'missing' in course) return { missing };
  return dated(procedure, after.terms, course.term, { ...at, readiness, leadDays: leadDaysFor(procedure, at.lead) });
}

/** null when a figure the date needs is not reported: then no date can honestly be given. */
export function getTiming(
  procedure: TimingProcedure,
  eventDate: string,
  today: string,
  readiness: Readiness = 'presentable',
): Timing | null {
  const timing = getTimingOrMissing(procedure, { eventDate, today, readiness });
  return 'missing' in timing ? null : timing;
}

/** For a course: the latest single session, and how many of the course fit before it. */
export function getSessionAnswer(procedure: TimingProcedure, at: TimingAt): SessionAnswer | null {
  if (!isCourse(procedure)) return null;
  const readiness = at.readiness ?? 'presentable';
  const after = milestoneTerms(procedure, readiness, 'session');
  if ('missing' in after) return { missing: after.missing };
  const timing = dated(procedure, after.terms, null, { ...at, readiness, leadDays: leadDaysFor(procedure, at.lead) });
  const interval = procedure.sessions?.intervalDays?.max ?? null;
  const room = daysBetween(timing.earliestBookingDate, timing.latestDate);
  const fitting = room < 0 ? 0 : interval === null || interval === 0 ? 1 : Math.floor(room / interval) + 1;
  return {
    timing,
    sessionsBeforeEvent: procedure.sessions ? Math.min(fitting, procedure.sessions.max) : Math.min(fitting, 1),
    courseSessions: procedure.sessions?.max ?? null,
  };
}

const TERM_WORDS: Record<MilestoneFigure, string> = {
  downtime: 'of downtime',
  lookNormal: 'to look normal again',
  resultsVisible: 'for results to show',
  exercise: 'until back to strenuous exercise',
  finalResult: 'until the final result',
};

function describeTerm(term: TimingTerm): string {
  if (term.figure === 'sessions') {
    return `${plural(term.days, 'day')} for the ${plural(term.sessions - 1, 'session')} after the first (${plural(term.intervalDays, 'day')} apart)`;
  }
  return term.figure === 'downtime' && term.days === 0 ? 'no downtime' : `${plural(term.days, 'day')} ${TERM_WORDS[term.figure]}`;
}

/** "7 days to look normal again + a 7-day safety margin (the latest of: no downtime, 7 days to look normal again)". */
export function describeTotal(timing: Timing): string {
  const parts = timing.terms.map(describeTerm);
  parts.push(`a ${timing.marginDays}-day safety margin`);
  const others = timing.milestones.length > 1 ? ` (the latest of ${timing.milestones.map(describeTerm).join(', ')})` : '';
  return `${parts.join(' + ')}${others}`;
}

/** One answer (the whole treatment, or one session) against the lead time and the event. */
function verdictOf(timing: Timing, eventDate: string, today: string, what: string): Finding {
  const event = formatShortDate(eventDate);
  const by = `${what} by ${formatShortDate(timing.latestDate)} (${formatDaysFromToday(timing.daysFromToday)})`;
  if (timing.daysFromToday >= timing.leadDays) return { outcome: 'pass', text: `Ready in time for ${event} if ${by}` };
  if (timing.daysFromToday >= 0) {
    return {
      outcome: 'near',
      text: `Only if ${by}: sooner than our ${plural(timing.leadDays, 'day')} lead time for a consultation first`,
    };
  }
  // Done today, would recovery and results (without the margin) still end by the event?
  const spare = daysBetween(addDays(today, timing.totalDays - timing.marginDays), eventDate);
  if (spare >= 0) {
    const left = spare === 0 ? 'no spare days' : `only ${plural(spare, 'spare day')}`;
    return {
      outcome: 'near',
      text: `Tight for ${event}: even done today it leaves ${left}, less than our ${timing.marginDays}-day safety margin`,
    };
  }
  return {
    outcome: 'fail',
    text: `Can't be ready by ${event}: it needs ${describeTotal(timing)}, so the latest day was ${formatShortDate(timing.latestDate)}`,
  };
}

const SEVERITY = { pass: 0, caution: 0, near: 1, unknown: 2, fail: 3 } as const;

function cantConfirm(missing: string[], event: string, params: Pick<PlanParams, 'downtimeDays'>): Finding {
  const daysOff = params.downtimeDays === undefined ? '' : ` or that it fits ${yourDaysOff(params.downtimeDays)}`;
  const named = missing.map((label) => `“${label}”`).join(' or ');
  return { outcome: 'unknown', text: `Can't confirm it will be ready by ${event}${daysOff}: our sources don't report ${named}` };
}

/** What the full course needs, said beside the one-session answer. */
function courseText(whole: Timing | { missing: string[] }, session: Extract<SessionAnswer, { timing: Timing }>): string {
  if ('missing' in whole)
    return `The full course: can't confirm, as our sources don't report ${whole.missing.map((label) => `“${label}”`).join(' or ')}`;
  const fitting =
    session.courseSessions === null ? '' : `; ${session.sessionsBeforeEvent} of ${session.courseSessions} sessions fit before your date`;
  return whole.daysFromToday >= whole.leadDays
    ? `The full course of ${session.courseSessions} sessions fits too: start by ${formatShortDate(whole.latestDate)}`
    : `The full course would have had to start by ${formatShortDate(whole.latestDate)}${fitting}`;
}

export function checkTiming(
  procedure: TimingProcedure,
  params: Pick<PlanParams, 'eventDate' | 'downtimeDays'> & Partial<Pick<PlanParams, 'readiness' | 'leadDays' | 'surgeryLeadDays'>>,
  today: string,
): { findings: Finding[]; timing: Timing | null; oneSession: SessionAnswer | null } {
  const { eventDate } = params;
  if (!eventDate) return { findings: [], timing: null, oneSession: null };
  const at: TimingAt = {
    eventDate,
    today,
    readiness: params.readiness ?? 'presentable',
    lead: { leadDays: params.leadDays, surgeryLeadDays: params.surgeryLeadDays },
  };
  const whole = getTimingOrMissing(procedure, at);
  const oneSession = getSessionAnswer(procedure, at);
  const timing = 'missing' in whole ? null : whole;
  const event = formatShortDate(eventDate);
  if (daysBetween(today, eventDate) < 0) {
    // Whatever the recovery, known or not, nothing done from today on can be ready for it.
    return { findings: [{ outcome: 'fail', text: `Your date, ${formatLongDate(eventDate)}, has already passed` }], timing, oneSession };
  }
  // A course's one-session answer first: when both fit, its line also says what the course needs.
  const answers: Finding[] = [];
  if (oneSession && 'timing' in oneSession) {
    const one = verdictOf(oneSession.timing, eventDate, today, 'one session is');
    answers.push(
      one.outcome === 'pass'
        ? { outcome: 'pass', text: `One session fits: ${one.text.replace(/^Ready/, 'ready')}. ${courseText(whole, oneSession)}` }
        : { ...one, text: `One session: ${one.text}` },
    );
  } else if (oneSession) {
    answers.push(cantConfirm(oneSession.missing, event, params));
  }
  if ('missing' in whole) answers.push(cantConfirm(whole.missing, event, params));
  else answers.push(verdictOf(whole, eventDate, today, isCourse(procedure) ? 'the first session is' : 'done'));
  // The option fits if one answer fits: the best answer is its verdict; for a course whose one
  // session fits, the full course is said in the same line.
  const best = answers.reduce((a, b) => (SEVERITY[b.outcome] < SEVERITY[a.outcome] ? b : a));
  const findings: Finding[] = [best];
  if (best.outcome === 'pass' && isHeavyProcedure(procedure) && daysBetween(today, eventDate) < NEAR_EVENT_DAYS) {
    findings.push({
      outcome: 'caution',
      text: `${procedure.invasiveness === 'surgical' || procedure.category === 'surgery' ? 'Surgery' : 'Deep resurfacing'} less than ${NEAR_EVENT_DAYS / 7} weeks before your event: healing often runs past the typical figures, so it is never one of our top picks this close to a date`,
    });
  }
  return { findings, timing, oneSession };
}
