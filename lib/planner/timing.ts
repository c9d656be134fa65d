import { plural, yourDaysOff, type Finding } from './checks';
import { SAFETY_MARGIN_DAYS, type Readiness } from './constants';
import { addDays, daysBetween, formatDaysFromToday, formatLongDate, formatShortDate } from './dates';
import type { PlanParams } from './schema';
import type { PlannerProcedure, Timing, TimingTerm } from './types';

// "By when must I have it done?" Working backwards from the event, on calendar dates:
// a course first: its sessions after the first, each the longest reported interval apart; then,
// from the last session,
// presentable: the longest downtime (back to work), plus the longest time for results to show
// (the final result where first results are not reported);
// fully healed: the latest of downtime, back to strenuous exercise and the final result (they all
// run from the day of the procedure, so they overlap rather than add up).
// Either way plus a safety margin for the unexpected (a slow-healing bruise, a rescheduled visit).

type Terms = { terms: TimingTerm[] } | { missing: string };
type Course = { terms: TimingTerm[]; anchor: Timing['anchor']; courseMissing: string | null };

/**
 * The course's sessions after the first. When its sessions or interval are not reported, the
 * date can still honestly be given for the last session, with what is missing said.
 */
function courseOf(procedure: PlannerProcedure): Course {
  const sessions = procedure.sessions;
  if (!sessions) {
    return procedure.gaps.sessions === undefined
      ? { terms: [], anchor: 'procedure', courseMissing: null }
      : { terms: [], anchor: 'last_session', courseMissing: 'How many sessions it takes is not reported by our sources' };
  }
  if (sessions.max <= 1) return { terms: [], anchor: 'procedure', courseMissing: null };
  if (!sessions.intervalDays) {
    return { terms: [], anchor: 'last_session', courseMissing: 'Time between sessions is not reported by our sources' };
  }
  const intervalDays = sessions.intervalDays.max;
  return {
    terms: [{ figure: 'sessions', sessions: sessions.max, intervalDays, days: (sessions.max - 1) * intervalDays }],
    anchor: 'first_session',
    courseMissing: null,
  };
}

/** What follows the last session: the figures "ready" means for this readiness. */
function afterTerms(procedure: PlannerProcedure, readiness: Readiness): Terms {
  if (!procedure.recoveryDays) return { missing: 'Downtime not reported by our sources' };
  const downtime: TimingTerm = { figure: 'downtime', days: procedure.recoveryDays.max };
  if (readiness === 'presentable') {
    // When our sources don't say when first results show, the only sourced time for results to
    // show is the final result (swelling settled): wait for that rather than assume none.
    if (procedure.resultsVisibleDays) return { terms: [downtime, { figure: 'resultsVisible', days: procedure.resultsVisibleDays.max }] };
    if (procedure.finalResultDays) return { terms: [downtime, { figure: 'finalResult', days: procedure.finalResultDays.max }] };
    return { terms: [downtime] };
  }
  const healing: TimingTerm[] = [];
  if (procedure.exerciseDays) healing.push({ figure: 'exercise', days: procedure.exerciseDays.max });
  if (procedure.finalResultDays) healing.push({ figure: 'finalResult', days: procedure.finalResultDays.max });
  if (healing.length === 0) return { missing: 'Time to heal fully (back to exercise, final result) not reported by our sources' };
  return { terms: [[downtime, ...healing].reduce((a, b) => (b.days > a.days ? b : a))] };
}

/** null when a figure the date needs is not reported: then no date can honestly be given. */
export function getTiming(
  procedure: PlannerProcedure,
  eventDate: string,
  today: string,
  readiness: Readiness = 'presentable',
): Timing | null {
  const after = afterTerms(procedure, readiness);
  if ('missing' in after || !procedure.recoveryDays) return null;
  const { terms: courseTerms, anchor, courseMissing } = courseOf(procedure);
  const terms = [...courseTerms, ...after.terms];
  const totalDays = terms.reduce((sum, term) => sum + term.days, 0) + SAFETY_MARGIN_DAYS;
  const latestDate = addDays(eventDate, -totalDays);
  return {
    latestDate,
    anchor,
    courseMissing,
    daysFromToday: daysBetween(today, latestDate),
    readiness,
    recoveryMaxDays: procedure.recoveryDays.max,
    resultsVisibleMaxDays: procedure.resultsVisibleDays?.max ?? null,
    exerciseMaxDays: procedure.exerciseDays?.max ?? null,
    finalResultMaxDays: procedure.finalResultDays?.max ?? null,
    terms,
    marginDays: SAFETY_MARGIN_DAYS,
    totalDays,
  };
}

const TERM_WORDS: Record<Exclude<TimingTerm['figure'], 'sessions'>, string> = {
  downtime: 'of downtime',
  resultsVisible: 'for results to show',
  exercise: 'until back to strenuous exercise',
  finalResult: 'until the final result',
};

/** "7 days of downtime + 7 days for results to show + a 7-day safety margin". */
export function describeTotal(timing: Timing): string {
  const parts = timing.terms.map((term) => {
    if (term.figure === 'sessions') {
      return `${plural(term.days, 'day')} for the ${plural(term.sessions - 1, 'session')} after the first (${plural(term.intervalDays, 'day')} apart)`;
    }
    return term.figure === 'downtime' && term.days === 0 ? 'no downtime' : `${plural(term.days, 'day')} ${TERM_WORDS[term.figure]}`;
  });
  parts.push(`a ${timing.marginDays}-day safety margin`);
  return parts.join(' + ');
}

/** Why getTiming gave no date: a course never stops it (it then dates the last session). */
function notReportedText(procedure: PlannerProcedure, readiness: Readiness): string {
  const after = afterTerms(procedure, readiness);
  return 'missing' in after ? after.missing : 'Downtime not reported by our sources';
}

const DONE_BY: Record<Timing['anchor'], string> = {
  procedure: 'if done by',
  first_session: 'if the first session is by',
  last_session: 'if the last session is by',
};

export function checkTiming(
  procedure: PlannerProcedure,
  params: Pick<PlanParams, 'eventDate' | 'downtimeDays'> & Partial<Pick<PlanParams, 'readiness'>>,
  today: string,
): { findings: Finding[]; timing: Timing | null } {
  const { eventDate, downtimeDays } = params;
  const readiness = params.readiness ?? 'presentable';
  if (!eventDate) return { findings: [], timing: null };
  const event = formatShortDate(eventDate);
  const timing = getTiming(procedure, eventDate, today, readiness);
  if (daysBetween(today, eventDate) < 0) {
    // Whatever the recovery, known or not, nothing done from today on can be ready for it.
    return { findings: [{ outcome: 'fail', text: `Your date, ${formatLongDate(eventDate)}, has already passed` }], timing };
  }
  if (!timing) {
    return {
      findings: [
        {
          outcome: 'unknown',
          text: `${notReportedText(procedure, readiness)}: can't confirm it will be ready by ${event}${
            downtimeDays === undefined ? '' : ` or that it fits ${yourDaysOff(downtimeDays)}`
          }`,
        },
      ],
      timing: null,
    };
  }
  const findings: Finding[] = [];
  if (timing.daysFromToday >= 0) {
    findings.push({
      outcome: 'pass',
      text: `Ready in time for ${event} ${DONE_BY[timing.anchor]} ${formatShortDate(timing.latestDate)} (${formatDaysFromToday(timing.daysFromToday)})`,
    });
  } else {
    // Done today, would recovery and results (without the margin) still end by the event?
    const spare = daysBetween(addDays(today, timing.totalDays - timing.marginDays), eventDate);
    if (spare >= 0) {
      const left = spare === 0 ? 'no spare days' : `only ${plural(spare, 'spare day')}`;
      findings.push({
        outcome: 'near',
        text: `Tight for ${event}: even done today it leaves ${left}, less than our ${timing.marginDays}-day safety margin`,
      });
    } else {
      findings.push({
        outcome: 'fail',
        text: `Can't be ready by ${event}: it needs ${describeTotal(timing)}, so the latest day was ${formatShortDate(timing.latestDate)}`,
      });
    }
  }
  if (timing.courseMissing) {
    findings.push({ outcome: 'caution', text: `${timing.courseMissing}: ask your provider how early the first session must be` });
  }
  if (readiness === 'presentable' && timing.resultsVisibleMaxDays === null) {
    findings.push({
      outcome: 'caution',
      text:
        timing.finalResultMaxDays === null
          ? 'Time for results to show not reported by our sources: the date allows for downtime and the safety margin only'
          : 'When first results show is not reported by our sources: the date allows until the final result instead',
    });
  }
  if (readiness === 'healed') {
    const missing = [
      timing.exerciseMaxDays === null ? 'back to strenuous exercise' : null,
      timing.finalResultMaxDays === null ? 'the final result' : null,
    ].filter(Boolean);
    if (missing.length > 0) {
      findings.push({
        outcome: 'caution',
        text: `Time until ${missing.join(' and ')} not reported by our sources: the date allows for the figures we have only`,
      });
    }
  }
  return { findings, timing };
}
