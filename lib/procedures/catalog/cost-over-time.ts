import type { CostBasis, CostUnit } from '@/lib/procedures/constants';
import { COST_UNIT_LABELS, formatRange, formatUsd } from '@/lib/procedures/labels';

// What a treatment costs over time: per visit (the sourced fee), per course (fee × sessions) and
// per year of keeping the result (fee × the treatments a year that "results last" implies).
// A derived figure is computed only when every input is sourced; otherwise it says which input is
// missing. It names its inputs and their years, and says so when those years differ.

export type UsdRange = { lowUsd: number; highUsd: number };

/** The sourced facts a derivation reads; built from a catalog entry (seed) or a detail view (pages). */
export type CostOverTimeInput = {
  cost: {
    lowUsd: number | null;
    highUsd: number | null;
    averageUsd: number | null;
    unit: CostUnit | null;
    basis: CostBasis | null;
    year: number | null;
  } | null;
  /** null with sessionsReported: a single procedure. */
  sessions: { min: number; max: number } | null;
  /** false: a course whose number of sessions no source gives. */
  sessionsReported: boolean;
  results: { minMonths: number | null; maxMonths: number | null; permanent: boolean } | null;
  /** The year of the source each non-cost input comes from, where the source says. */
  years: { sessions: number | null; resultsLast: number | null };
};

export type CostInputView = { figure: 'cost' | 'sessions' | 'resultsLast'; text: string; year: number | null };

export type DerivedCost =
  | { computed: true; range: UsdRange; formula: string; inputs: CostInputView[]; mixedYears: string | null }
  | { computed: false; missing: string };

export type PerVisit = UsdRange & { unit: CostUnit | null; basis: CostBasis | null; year: number | null };

export type CostOverTime = { perVisit: PerVisit | null; perCourse: DerivedCost; perYear: DerivedCost };

export const MONTHS_PER_YEAR = 12;

function feeRange(cost: CostOverTimeInput['cost']): PerVisit | null {
  if (!cost) return null;
  const low = cost.lowUsd ?? cost.averageUsd;
  const high = cost.highUsd ?? cost.averageUsd;
  if (low === null || high === null) return null;
  return { lowUsd: low, highUsd: high, unit: cost.unit, basis: cost.basis, year: cost.year };
}

export function formatUsdRange(range: UsdRange): string {
  return formatRange(range.lowUsd, range.highUsd, undefined, formatUsd);
}

function countText(min: number, max: number, word: string): string {
  return formatRange(min, max, [word, `${word}s`]);
}

/**
 * Treatments needed to keep a result for a whole year: a result lasting m months needs a visit at
 * month 0, m, 2m…, so ⌈12 / m⌉ visits, and never fewer than one. A permanent result needs one.
 */
export function treatmentsPerYear(months: number): number {
  return months <= 0 ? Number.POSITIVE_INFINITY : Math.max(1, Math.ceil(MONTHS_PER_YEAR / months));
}

function feeInput(fee: PerVisit): CostInputView {
  const per = fee.unit ? ` ${COST_UNIT_LABELS[fee.unit]}` : '';
  return { figure: 'cost', text: `${formatUsdRange(fee)}${per}`, year: fee.year };
}

/** "fee 2015, sessions 2023": said whenever the inputs' years differ. */
function mixedYears(inputs: readonly CostInputView[]): string | null {
  const dated = inputs.filter((input) => input.year !== null);
  const years = new Set(dated.map((input) => input.year));
  if (years.size <= 1) return null;
  const names: Record<CostInputView['figure'], string> = { cost: 'fee', sessions: 'sessions', resultsLast: 'how long results last' };
  return `Inputs come from different years: ${dated.map((input) => `${names[input.figure]} ${input.year}`).join(', ')}`;
}

function derived(range: UsdRange, formula: string, inputs: CostInputView[]): DerivedCost {
  return { computed: true, range, formula, inputs, mixedYears: mixedYears(inputs) };
}

function perCourse(fee: PerVisit | null, input: CostOverTimeInput): DerivedCost {
  if (!fee) return { computed: false, missing: 'the fee is not reported' };
  if (!input.sessionsReported) return { computed: false, missing: 'the number of sessions is not reported' };
  const sessions = input.sessions ?? { min: 1, max: 1 };
  const sessionsInput: CostInputView = {
    figure: 'sessions',
    text: input.sessions ? countText(sessions.min, sessions.max, 'session') : 'a single procedure',
    year: input.sessions ? input.years.sessions : null,
  };
  const feeIn = feeInput(fee);
  return derived({ lowUsd: fee.lowUsd * sessions.min, highUsd: fee.highUsd * sessions.max }, `${feeIn.text} × ${sessionsInput.text}`, [
    feeIn,
    sessionsInput,
  ]);
}

function perYear(fee: PerVisit | null, input: CostOverTimeInput): DerivedCost {
  if (!fee) return { computed: false, missing: 'the fee is not reported' };
  const results = input.results;
  if (!results) return { computed: false, missing: 'how long results last is not reported' };
  let visits: { min: number; max: number };
  let resultsText: string;
  if (results.permanent) {
    visits = { min: 1, max: 1 };
    resultsText = 'long-lasting results (one treatment)';
  } else {
    // The fewest visits come from the longest-lasting result, the most from the shortest; an
    // "up to N months" figure gives no shortest, so the most visits a year is unknown.
    if (results.minMonths === null || results.maxMonths === null) {
      return { computed: false, missing: 'only the longest time results last is reported, not the shortest' };
    }
    visits = { min: treatmentsPerYear(results.maxMonths), max: treatmentsPerYear(results.minMonths) };
    resultsText = `results last ${formatRange(results.minMonths, results.maxMonths, 'months')}`;
  }
  const feeIn = feeInput(fee);
  const inputs: CostInputView[] = [feeIn, { figure: 'resultsLast', text: resultsText, year: input.years.resultsLast }];
  return derived(
    { lowUsd: fee.lowUsd * visits.min, highUsd: fee.highUsd * visits.max },
    `${feeIn.text} × ${countText(visits.min, visits.max, 'treatment')} a year (${resultsText})`,
    inputs,
  );
}

export function getCostOverTime(input: CostOverTimeInput): CostOverTime {
  const fee = feeRange(input.cost);
  return { perVisit: fee, perCourse: perCourse(fee, input), perYear: perYear(fee, input) };
}
