import type { DayRange, ResultsView } from '../procedures/catalog/view';
import { LONG_LASTING } from '../procedures/figures/card-format';

// The trade-off map's axes are plain-language bands in a fixed order, each as wide (or as tall) as
// the next: a visitor reads "1–2 weeks off, lasts 6–12 months" without decoding a scale. An option
// goes by the longest figure its sources give (the longest time off, the longest it lasts), the
// same rule as the phone's four boxes; the table beside the map gives the full ranges.

export type Bucket = {
  /** The band's name on the axis and in descriptions. */
  label: string;
  /** The same name set on lines, where the axis has little room. */
  lines: readonly string[];
  /** The largest figure in the band (days or months, inclusive); Infinity for the last. */
  upTo: number;
};

export const DOWNTIME_BUCKETS: readonly Bucket[] = [
  { label: 'Same day', lines: ['Same day'], upTo: 0 },
  { label: 'Up to 1 week', lines: ['Up to 1 week'], upTo: 7 },
  { label: '1–2 weeks', lines: ['1–2 weeks'], upTo: 14 },
  { label: '2–4 weeks', lines: ['2–4 weeks'], upTo: 28 },
  { label: '1–3 months', lines: ['1–3 months'], upTo: 90 },
  { label: 'Over 3 months', lines: ['Over 3 months'], upTo: Infinity },
];

/** From the shortest-lasting up; results a source calls permanent get the last band. */
export const RESULTS_BUCKETS: readonly Bucket[] = [
  { label: 'Up to 3 months', lines: ['Up to', '3 months'], upTo: 3 },
  { label: '3–6 months', lines: ['3–6', 'months'], upTo: 6 },
  { label: '6–12 months', lines: ['6–12', 'months'], upTo: 12 },
  { label: '1–2 years', lines: ['1–2', 'years'], upTo: 24 },
  { label: '2–5 years', lines: ['2–5', 'years'], upTo: 60 },
  { label: 'Over 5 years', lines: ['Over', '5 years'], upTo: Infinity },
  { label: LONG_LASTING, lines: ['Long-', 'lasting'], upTo: Infinity },
];

const PERMANENT_BUCKET = RESULTS_BUCKETS.length - 1;

function bucketOf(buckets: readonly Bucket[], value: number): number {
  return buckets.findIndex((bucket) => value <= bucket.upTo);
}

/** The downtime band (column) for a sourced range: by its longest time off. */
export function downtimeBucket(downtime: DayRange): number {
  return bucketOf(DOWNTIME_BUCKETS, Math.max(0, downtime.max));
}

/**
 * The results band (row, 0 at the bottom) for sourced results: permanent ones on top, otherwise by
 * the longest figure. Null without an upper figure ("at least N months"), which no band can hold.
 */
export function resultsBucket(results: ResultsView): number | null {
  if (results.permanent) return PERMANENT_BUCKET;
  if (results.maxMonths === null) return null;
  return bucketOf(RESULTS_BUCKETS.slice(0, PERMANENT_BUCKET), Math.max(0, results.maxMonths));
}
