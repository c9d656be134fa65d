import { formatDayRange } from '../procedures/labels';
import type { DayRange, ProcedureDetail } from '../procedures/catalog/view';
import { formatMilestone } from '../procedures/figures/card-format';

// The recovery timeline's data and scale. Recoveries run from "same day" to months, so a linear
// axis would squash every injectable into one pixel; a square-root axis keeps 0, 1, 2 and 7 days
// apart while 90 days still fits.

export const TIMELINE_TICKS = [0, 1, 2, 7, 14, 30, 60, 90, 180, 365] as const;
const MIN_DOMAIN = 90;

export const TIMELINE_SCALE_NOTE =
  'The day scale is stretched at the short end (the ticks show where each day count falls), so a same-day or two-day recovery stays visible next to a month.';

export type TimelineMarker = { label: string; minDays: number; maxDays: number; text: string };

export type TimelineBar = {
  slug: string;
  name: string;
  range: DayRange | null;
  /** "Same day", "7–14 days" or "Not reported". */
  rangeText: string;
  markers: TimelineMarker[];
  /** One sentence per bar: the chart's text alternative. */
  summary: string;
};

export type Timeline = { domainMax: number; ticks: number[]; bars: TimelineBar[] };

/** The axis end: the first tick at or beyond every value shown, and never less than 90 days. */
export function timelineDomain(procedures: readonly ProcedureDetail[]): number {
  const days = procedures.flatMap((p) => [p.recoveryDays?.max ?? 0, ...markersOf(p).map((m) => m.maxDays)]);
  const largest = Math.max(MIN_DOMAIN, ...days);
  return TIMELINE_TICKS.find((tick) => tick >= largest) ?? Math.ceil(largest / 30) * 30;
}

/** Position of a day on the axis, from 0 (day 0) to 1 (domain end). */
export function dayPosition(day: number, domainMax: number): number {
  if (domainMax <= 0) return 0;
  const clamped = Math.min(Math.max(day, 0), domainMax);
  return Math.sqrt(clamped) / Math.sqrt(domainMax);
}

function summaryOf(name: string, range: DayRange | null, markers: TimelineMarker[]): string {
  const recovery = range ? `recovery ${formatDayRange(range).toLowerCase()}` : 'recovery time not reported by our sources';
  const milestones = markers.length > 0 ? `; milestones: ${markers.map((m) => m.text).join('; ')}` : '';
  return `${name}: ${recovery}${milestones}.`;
}

/**
 * The bar is downtime (back to work); the markers are the other defined milestones, back to
 * looks normal again, exercise and the final result, where reported, then the sources' extra recovery notes.
 */
function markersOf(p: ProcedureDetail): TimelineMarker[] {
  const defined = [
    { label: 'Looks normal again', range: p.lookNormalDays },
    { label: 'Back to strenuous exercise', range: p.exerciseDays },
    { label: 'Final result', range: p.finalResultDays },
  ].flatMap(({ label, range }) =>
    range
      ? [{ label, minDays: range.min, maxDays: range.max, text: formatMilestone({ label, minDays: range.min, maxDays: range.max }) }]
      : [],
  );
  const notes = p.milestones.map((m) => ({ label: m.label, minDays: m.minDays, maxDays: m.maxDays, text: formatMilestone(m) }));
  return [...defined, ...notes];
}

export function getTimeline(procedures: readonly ProcedureDetail[]): Timeline {
  const domainMax = timelineDomain(procedures);
  const bars = procedures.map((p): TimelineBar => {
    const markers = markersOf(p);
    return {
      slug: p.slug,
      name: p.name,
      range: p.recoveryDays,
      rangeText: formatDayRange(p.recoveryDays),
      markers,
      summary: summaryOf(p.name, p.recoveryDays, markers),
    };
  });
  const ticks: number[] = TIMELINE_TICKS.filter((tick) => tick <= domainMax);
  if (ticks.at(-1) !== domainMax) ticks.push(domainMax);
  return { domainMax, ticks, bars };
}
