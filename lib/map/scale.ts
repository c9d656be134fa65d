// Square-root scales for the trade-off map. Downtime runs from "same day" to months and results
// from weeks to years: a square root spreads the short end, where most options sit, and keeps 0
// on the axis (a log scale cannot show "same day"). Pure, so the positions are property-tested.

export type Tick = { value: number; label: string };

export const DAY_TICKS: readonly Tick[] = [
  { value: 0, label: 'Same day' },
  { value: 2, label: '2 days' },
  { value: 7, label: '1 week' },
  { value: 14, label: '2 weeks' },
  { value: 28, label: '4 weeks' },
  { value: 60, label: '2 months' },
  { value: 90, label: '3 months' },
  { value: 180, label: '6 months' },
  { value: 365, label: '1 year' },
];

export const MONTH_TICKS: readonly Tick[] = [
  { value: 0, label: '0' },
  { value: 1, label: '1 month' },
  { value: 6, label: '6 months' },
  { value: 12, label: '1 year' },
  { value: 24, label: '2 years' },
  { value: 60, label: '5 years' },
  { value: 120, label: '10 years' },
  { value: 180, label: '15 years' },
  { value: 240, label: '20 years' },
  { value: 600, label: '50 years' },
];

/** The smallest tick at or above `value` (and at or above `floor`), so the axis ends on a label. */
export function niceMax(value: number, ticks: readonly Tick[], floor: number): number {
  const wanted = Math.max(value, floor);
  return ticks.find((tick) => tick.value >= wanted)?.value ?? wanted;
}

/**
 * Maps [0, domainMax] onto [from, to] by square root. Values outside the domain are clamped, so
 * nothing is drawn outside the plot; the layout sizes the domain to hold every plotted figure.
 */
export function sqrtScale(domainMax: number, from: number, to: number): (value: number) => number {
  const root = Math.sqrt(Math.max(domainMax, Number.MIN_VALUE));
  return (value) => {
    const clamped = Math.min(Math.max(value, 0), domainMax);
    return from + (Math.sqrt(clamped) / root) * (to - from);
  };
}

/** The ticks inside a domain, each with its position. */
export function placeTicks(ticks: readonly Tick[], domainMax: number, scale: (value: number) => number) {
  return ticks.filter((tick) => tick.value <= domainMax).map((tick) => ({ ...tick, position: scale(tick.value) }));
}
