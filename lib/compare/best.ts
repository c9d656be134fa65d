// Which columns hold the best value of a row. Pure and order-independent: the answer depends on
// the values only, so the mark follows the procedure wherever its column is.

export type Direction = 'lowest' | 'highest';

export type BestResult = { indexes: number[]; blockedByUnknown: boolean };

const isKnown = (value: number | null): value is number => value !== null && !Number.isNaN(value);

/**
 * Indexes of the best known values. Unknown (null or NaN) values never win and ties mark every
 * tied column. When some values are unknown, a known value is only marked if nothing could beat it
 * (`bound`, e.g. 0 days of recovery): otherwise "$7,655" would be called the cheapest next to a
 * price nobody reported. With fewer than two columns there is nothing to be best against.
 */
export function pickBest(values: readonly (number | null)[], direction: Direction, bound?: number): BestResult {
  const none: BestResult = { indexes: [], blockedByUnknown: false };
  if (values.length < 2) return none;
  const known = values.filter(isKnown);
  if (known.length === 0) return none;
  const target = direction === 'lowest' ? Math.min(...known) : Math.max(...known);
  if (known.length < values.length && target !== bound) return { indexes: [], blockedByUnknown: true };
  return { indexes: values.flatMap((value, index) => (value === target ? [index] : [])), blockedByUnknown: false };
}
