import { NOT_REPORTED } from '../procedures/figures/card-format';
import { formatRange, formatUsd } from '../procedures/labels';
import type { CostView, DayRange, ResultsView } from '../procedures/catalog/view';

// Display strings for compare cells. Each row keeps one unit (days, minutes, months, US dollars)
// so a column can be read against its neighbour without converting in your head.

export function formatMinuteRange(range: DayRange | null): string {
  if (!range) return NOT_REPORTED;
  return formatRange(range.min, range.max, 'min');
}

export function formatCount(range: { min: number; max: number } | null, noun: string): string {
  if (!range) return NOT_REPORTED;
  return formatRange(range.min, range.max, [noun, `${noun}s`]);
}

/** Comparable lasting time in months; permanent ranks above any number of months. */
export function resultsMonthsValue(results: ResultsView | null): number | null {
  if (!results) return null;
  if (results.permanent) return Number.POSITIVE_INFINITY;
  return results.maxMonths ?? results.minMonths;
}

export function formatCostRange(cost: CostView | null): string {
  if (!cost || (cost.lowUsd === null && cost.highUsd === null)) return NOT_REPORTED;
  if (cost.lowUsd !== null && cost.highUsd !== null) return formatRange(cost.lowUsd, cost.highUsd, undefined, formatUsd);
  return cost.lowUsd !== null ? `From ${formatUsd(cost.lowUsd)}` : `Up to ${formatUsd(cost.highUsd as number)}`;
}

export function costBasis(cost: CostView | null): string | undefined {
  if (!cost) return undefined;
  const parts = [cost.per, cost.year !== null ? `${cost.year} figure` : null].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
