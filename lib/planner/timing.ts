import { plural, yourDaysOff, type Finding } from './checks';
import { SAFETY_MARGIN_DAYS } from './constants';
import { addDays, daysBetween, formatDaysFromToday, formatLongDate, formatShortDate } from './dates';
import type { PlanParams } from './schema';
import type { PlannerProcedure, Timing } from './types';

// "By when must I have it done?" Working backwards from the event: the longest reported
// recovery, plus the longest reported time for results to show, plus a safety margin for the
// unexpected (a slow-healing bruise, a rescheduled appointment). All on calendar dates.


/** null when recovery is not reported: then no date can honestly be given. */
export function getTiming(procedure: PlannerProcedure, eventDate: string, today: string): Timing | null {
  if (!procedure.recoveryDays) return null;
  const recoveryMaxDays = procedure.recoveryDays.max;
  const resultsVisibleMaxDays = procedure.resultsVisibleDays?.max ?? null;
  const totalDays = recoveryMaxDays + (resultsVisibleMaxDays ?? 0) + SAFETY_MARGIN_DAYS;
  const latestDate = addDays(eventDate, -totalDays);
  return {
    latestDate,
    daysFromToday: daysBetween(today, latestDate),
    recoveryMaxDays,
    resultsVisibleMaxDays,
    marginDays: SAFETY_MARGIN_DAYS,
    totalDays,
  };
}

/** "7 days of recovery + 7 days for results to show + a 7-day safety margin". */
export function describeTotal(timing: Timing): string {
  const parts = [
    timing.recoveryMaxDays === 0 ? 'same-day recovery' : `${plural(timing.recoveryMaxDays, 'day')} of recovery`,
  ];
  if (timing.resultsVisibleMaxDays) parts.push(`${plural(timing.resultsVisibleMaxDays, 'day')} for results to show`);
  parts.push(`a ${timing.marginDays}-day safety margin`);
  return parts.join(' + ');
}

export function checkTiming(
  procedure: PlannerProcedure,
  params: Pick<PlanParams, 'eventDate' | 'downtimeDays'>,
  today: string,
): { findings: Finding[]; timing: Timing | null } {
  const { eventDate, downtimeDays } = params;
  if (!eventDate) return { findings: [], timing: null };
  const event = formatShortDate(eventDate);
  const timing = getTiming(procedure, eventDate, today);
  if (daysBetween(today, eventDate) < 0) {
    // Whatever the recovery, known or not, nothing done from today on can be ready for it.
    return { findings: [{ outcome: 'fail', text: `Your date, ${formatLongDate(eventDate)}, has already passed` }], timing };
  }
  if (!timing) {
    return {
      findings: [
        {
          outcome: 'unknown',
          text: `Recovery not reported by our sources: can't confirm it will be ready by ${event}${
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
      text: `Ready in time for ${event} if done by ${formatShortDate(timing.latestDate)} (${formatDaysFromToday(timing.daysFromToday)})`,
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
  if (timing.resultsVisibleMaxDays === null) {
    findings.push({
      outcome: 'caution',
      text: 'Time for results to show not reported by our sources: the date allows for recovery and the safety margin only',
    });
  }
  return { findings, timing };
}
