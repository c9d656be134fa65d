import { formatResults } from '../procedures/figures/card-format';
import type { Invasiveness } from '../procedures/constants';
import { INVASIVENESS_LABELS, formatDayRange } from '../procedures/labels';
import type { ProcedureCard } from '../procedures/catalog/view';
import type { LadderRung } from './ladder';

// The concern page's summary, computed from the options' sourced figures, never written by hand:
// per rung, the span of downtime and of how long results last, and how many options report each.
// Figures a source does not give are left out and counted, so "3 of 5 report" stays visible.

export type RungSummary = {
  invasiveness: Invasiveness;
  count: number;
  /** The shortest and longest downtime any option of the rung reports, in days. */
  downtime: { reported: number; minDays: number; maxDays: number } | null;
  results: {
    reported: number;
    /** The shortest minimum any option reports, in months; null when options give only "up to". */
    lowMonths: number | null;
    /** The longest maximum any option reports, in months. */
    highMonths: number | null;
    /** Options whose sources call the result permanent. */
    longLasting: number;
  };
};

type SummaryInput = Pick<ProcedureCard, 'recoveryDays' | 'results'>;

function minOf(values: number[]): number | null {
  return values.length ? Math.min(...values) : null;
}

function maxOf(values: number[]): number | null {
  return values.length ? Math.max(...values) : null;
}

export function summarizeOptions(invasiveness: Invasiveness, options: readonly SummaryInput[]): RungSummary {
  const downtimes = options.flatMap((option) => (option.recoveryDays ? [option.recoveryDays] : []));
  const timed = options.flatMap((option) => (option.results && !option.results.permanent ? [option.results] : []));
  const longLasting = options.filter((option) => option.results?.permanent).length;
  const lowMonths = minOf(timed.flatMap((r) => (r.minMonths === null ? [] : [r.minMonths])));
  const highMonths = maxOf(timed.flatMap((r) => (r.maxMonths === null ? [] : [r.maxMonths])));
  return {
    invasiveness,
    count: options.length,
    downtime: downtimes.length
      ? {
          reported: downtimes.length,
          minDays: Math.min(...downtimes.map((d) => d.min)),
          maxDays: Math.max(...downtimes.map((d) => d.max)),
        }
      : null,
    results: { reported: timed.length + longLasting, lowMonths, highMonths, longLasting },
  };
}

export function summarizeLadder(rungs: readonly LadderRung[]): RungSummary[] {
  return rungs
    .map((rung) =>
      summarizeOptions(
        rung.invasiveness,
        [...rung.ranked, ...rung.downtimeNotReported].map((item) => item.procedure),
      ),
    )
    .filter((summary) => summary.count > 0);
}

function describeResults(results: RungSummary['results']): string | null {
  const timed =
    results.highMonths === null
      ? null
      : formatResults({ minMonths: results.lowMonths, maxMonths: results.highMonths, permanent: false, note: null }).toLowerCase();
  if (timed && results.longLasting > 0) return `results last ${timed}, or long-lasting`;
  if (timed) return `results last ${timed}`;
  return results.longLasting > 0 ? 'results long-lasting' : null;
}

function describeDowntime({ minDays, maxDays }: { minDays: number; maxDays: number }): string {
  if (maxDays === 0) return 'back to normal the same day';
  return `${formatDayRange({ min: minDays, max: maxDays })} of downtime`;
}

function reportedOf(count: number, reported: number, what: string): string | null {
  return reported === count ? null : `${what} reported for ${reported} of ${count}`;
}

/** "Surgical (5 options): 7–28 days of downtime, results last 10 years, or long-lasting (downtime reported for 4 of 5)." */
export function describeRung(summary: RungSummary): string {
  const { count, downtime, results } = summary;
  const head = `${INVASIVENESS_LABELS[summary.invasiveness]} (${count} ${count === 1 ? 'option' : 'options'})`;
  const parts = [
    downtime ? describeDowntime(downtime) : 'downtime not reported',
    describeResults(results) ?? 'how long results last not reported',
  ];
  const gaps = [
    downtime ? reportedOf(count, downtime.reported, 'downtime') : null,
    results.reported > 0 ? reportedOf(count, results.reported, 'how long results last') : null,
  ].filter((gap): gap is string => gap !== null);
  return `${head}: ${parts.join(', ')}${gaps.length ? ` (${gaps.join('; ')})` : ''}.`;
}
