import type { PlottedOption } from './layout';

// The trade-off map on a phone: where an SVG's labels would be a few pixels high, each plotted
// option goes into one of four labelled boxes, quick or long recovery × short or long-lasting.
// The lines between them are stated on the page, never implied.

/** Back to work within a week (the longest time off its sources give): a quick recovery. */
export const QUICK_RECOVERY_DAYS = 7;
/** Results for a year or more (or called permanent): long-lasting. */
export const LONG_LASTING_MONTHS = 12;

export type QuadrantId = 'quick-long' | 'long-long' | 'quick-short' | 'long-short';

export const QUADRANTS: readonly { id: QuadrantId; title: string }[] = [
  { id: 'quick-long', title: `Quick recovery, long-lasting` },
  { id: 'long-long', title: `Longer recovery, long-lasting` },
  { id: 'quick-short', title: `Quick recovery, shorter-lasting` },
  { id: 'long-short', title: `Longer recovery, shorter-lasting` },
];

export const QUADRANT_RULE = `Quick recovery: back to work within ${QUICK_RECOVERY_DAYS} days at most. Long-lasting: results for ${LONG_LASTING_MONTHS} months or more, or permanent.`;

export function quadrantOf(option: Pick<PlottedOption, 'downtime' | 'results'>): QuadrantId {
  const quick = option.downtime.max <= QUICK_RECOVERY_DAYS;
  const lasting = option.results.permanent || (option.results.maxMonths ?? 0) >= LONG_LASTING_MONTHS;
  return `${quick ? 'quick' : 'long'}-${lasting ? 'long' : 'short'}`;
}

export function groupByQuadrant<T extends Pick<PlottedOption, 'downtime' | 'results'>>(options: readonly T[]): Record<QuadrantId, T[]> {
  const groups: Record<QuadrantId, T[]> = { 'quick-long': [], 'long-long': [], 'quick-short': [], 'long-short': [] };
  for (const option of options) groups[quadrantOf(option)].push(option);
  return groups;
}
