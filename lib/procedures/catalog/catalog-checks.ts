import { isGap, type CatalogEntry, type Evidence } from './catalog-schema';
import { FIGURE_LABELS } from '../figure-names';

// Checks that catch what a catalog review found: figures that cannot all be true together and
// upper bounds stored as exact values fail; a course pieced together from two sources is a
// warning to re-read (the review found one whose interval was about another condition). Each
// figure itself rests on exactly one source: the schema gives it one `evidence`. Pure, so
// `npm run catalog:report` (and so CI) and the tests run the same rules on the catalog files.

export type CatalogProblem = { slug: string; figure: string; message: string };

type Range = { minDays: number; maxDays: number; evidence: Evidence };

const range = (value: unknown): Range | null =>
  value !== null && value !== undefined && !isGap(value) && typeof value === 'object' && 'maxDays' in value ? (value as Range) : null;

/** Words that make a figure a bound, not an exact value: "up to 6 months", "at least", "within a week". */
const BOUND_WORDS = /\b(up to|at least|within)\b/i;

function milestoneOrder(entry: CatalogEntry): CatalogProblem[] {
  const downtime = range(entry.downtime);
  const final = range(entry.finalResult);
  const visible = range(entry.resultsVisible);
  const looks = range(entry.lookNormal);
  const problems: CatalogProblem[] = [];
  const after = (a: Range | null, b: Range | null, figure: string, message: string) => {
    if (a && b && a.maxDays > b.maxDays) problems.push({ slug: entry.slug, figure, message });
  };
  after(
    visible,
    final,
    'resultsVisible',
    `${FIGURE_LABELS.resultsVisible} ${visible?.maxDays} days is after the final result (${final?.maxDays})`,
  );
  after(downtime, final, 'downtime', `${FIGURE_LABELS.downtime} ${downtime?.maxDays} days is after the final result (${final?.maxDays})`);
  after(
    downtime,
    looks,
    'lookNormal',
    `${FIGURE_LABELS.lookNormal} ${looks?.maxDays} days is before the end of downtime (${downtime?.maxDays})`,
  );
  return problems;
}

/** A range whose min equals its max though its quote bounds it: an upper bound stored as an exact value. */
function boundsStoredAsExact(entry: CatalogEntry): CatalogProblem[] {
  const ranges: [string, unknown][] = [
    ['downtime', entry.downtime],
    ['exercise', entry.exercise],
    ['finalResult', entry.finalResult],
    ['lookNormal', entry.lookNormal],
    ['resultsVisible', entry.resultsVisible],
  ];
  const problems: CatalogProblem[] = [];
  for (const [figure, value] of ranges) {
    const r = range(value);
    if (r && r.minDays === r.maxDays && r.maxDays > 0 && BOUND_WORDS.test(r.evidence.quote)) {
      problems.push({
        slug: entry.slug,
        figure,
        message: `${r.minDays}–${r.maxDays} days, but the quote gives a bound: “${r.evidence.quote}”`,
      });
    }
  }
  const last = entry.resultsLast;
  if (!isGap(last) && 'maxMonths' in last && last.minMonths === last.maxMonths && BOUND_WORDS.test(last.evidence.quote)) {
    problems.push({
      slug: entry.slug,
      figure: 'resultsLast',
      message: `${last.minMonths}–${last.maxMonths} months, but the quote gives a bound: “${last.evidence.quote}”`,
    });
  }
  return problems;
}

/** A course whose sessions and interval rest on two sources: re-read that both are about this treatment. */
function courseFromTwoSources(entry: CatalogEntry): CatalogProblem[] {
  const sessions = entry.sessions;
  if (!sessions || isGap(sessions) || !sessions.interval || isGap(sessions.interval)) return [];
  if (sessions.evidence.source === sessions.interval.evidence.source) return [];
  return [
    {
      slug: entry.slug,
      figure: 'sessions',
      message: `sessions rest on "${sessions.evidence.source}" but their interval on "${sessions.interval.evidence.source}": check both are about this treatment`,
    },
  ];
}

/** Problems that fail the report (and CI). */
export function checkCatalog(entries: readonly CatalogEntry[]): CatalogProblem[] {
  return entries.flatMap((entry) => [...milestoneOrder(entry), ...boundsStoredAsExact(entry)]);
}

/** Things to re-read, printed but not failing. */
export function catalogWarnings(entries: readonly CatalogEntry[]): CatalogProblem[] {
  return entries.flatMap(courseFromTwoSources);
}
