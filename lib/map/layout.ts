import type { Invasiveness } from '../procedures/constants';
import type { DayRange, ProcedureCard, ResultsView } from '../procedures/catalog/view';
import { DAY_TICKS, MONTH_TICKS, niceMax, placeTicks, sqrtScale } from './scale';

// Where each option sits on the trade-off map: downtime across, how long results last up. Only
// sourced figures are plotted, and a range is drawn as the range (a bar or a box), never as its
// midpoint. Results a source calls permanent sit in a "long-lasting" band above the numeric axis,
// as they have no number of months. Options missing either figure are listed with why.

export type MapOption = Pick<ProcedureCard, 'slug' | 'name' | 'invasiveness' | 'recoveryDays' | 'results'>;

export type Frame = {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Height of the "long-lasting" band at the top of the plot. */
  band: number;
  /** Space between the band and the numeric part of the y axis. */
  gap: number;
};

export const DEFAULT_FRAME: Frame = { width: 640, height: 420, margin: { top: 22, right: 36, bottom: 56, left: 84 }, band: 36, gap: 14 };

/** Horizontal space between marks that share a corner. */
export const MARK_SPACING = 15;

/** An interval in SVG coordinates: `low` is where the smaller figure sits. */
export type Extent = { low: number; high: number };

export type PlottedOption = {
  slug: string;
  name: string;
  invasiveness: Invasiveness;
  /** 1-based, the number shown on the map and in the table. */
  number: number;
  downtime: DayRange;
  results: ResultsView;
  x: Extent;
  /** SVG y grows downward, so `high` (the longer result) is the smaller coordinate. */
  y: Extent;
  /**
   * Where its numbered mark goes: the range's top-left corner. Marks sharing a corner are set side
   * by side (the ranges themselves stay exact) and the first carries every number ("1, 5").
   */
  mark: { x: number; y: number; label: string | null };
};

export type UnplottedReason = 'downtime' | 'results';
export type UnplottedOption = { slug: string; name: string; invasiveness: Invasiveness; missing: UnplottedReason[] };

export type PlacedTick = { value: number; label: string; position: number };

export type MapLayout = {
  frame: Frame;
  plot: { left: number; right: number; top: number; bottom: number; bandTop: number; bandBottom: number; numericTop: number };
  xTicks: PlacedTick[];
  yTicks: PlacedTick[];
  plotted: PlottedOption[];
  unplotted: UnplottedOption[];
};

function missingOf(option: MapOption): UnplottedReason[] {
  const missing: UnplottedReason[] = [];
  if (!option.recoveryDays) missing.push('downtime');
  if (!option.results || (!option.results.permanent && option.results.maxMonths === null)) missing.push('results');
  return missing;
}

export function layoutMap(options: readonly MapOption[], frame: Frame = DEFAULT_FRAME): MapLayout {
  const left = frame.margin.left;
  const right = frame.width - frame.margin.right;
  const bandTop = frame.margin.top;
  const bandBottom = bandTop + frame.band;
  const numericTop = bandBottom + frame.gap;
  const bottom = frame.height - frame.margin.bottom;

  const plottable = options.filter((option) => missingOf(option).length === 0);
  const maxDays = Math.max(0, ...plottable.map((option) => option.recoveryDays!.max));
  const maxMonths = Math.max(0, ...plottable.map((option) => (option.results!.permanent ? 0 : option.results!.maxMonths!)));
  const dayMax = niceMax(maxDays, DAY_TICKS, 7);
  const monthMax = niceMax(maxMonths, MONTH_TICKS, 12);
  const x = sqrtScale(dayMax, left, right);
  const y = sqrtScale(monthMax, bottom, numericTop);

  const placed = plottable.map((option, index): Omit<PlottedOption, 'mark'> => {
    const downtime = option.recoveryDays!;
    const results = option.results!;
    const yExtent = results.permanent
      ? { low: bandBottom, high: bandTop }
      : // "Up to N months": the source gives no lower figure, so the bar runs from 0.
        { low: y(results.minMonths ?? 0), high: y(results.maxMonths!) };
    return {
      slug: option.slug,
      name: option.name,
      invasiveness: option.invasiveness,
      number: index + 1,
      downtime,
      results,
      x: { low: x(downtime.min), high: x(downtime.max) },
      y: yExtent,
    };
  });

  const plotted = placeMarks(placed, left, right);

  return {
    frame,
    plot: { left, right, top: bandTop, bottom, bandTop, bandBottom, numericTop },
    xTicks: placeTicks(DAY_TICKS, dayMax, x),
    yTicks: placeTicks(MONTH_TICKS, monthMax, y),
    plotted,
    unplotted: options
      .filter((option) => missingOf(option).length > 0)
      .map((option) => ({ slug: option.slug, name: option.name, invasiveness: option.invasiveness, missing: missingOf(option) })),
  };
}

/** Groups marks whose corners (nearly) coincide, and sets each group's marks side by side. */
function placeMarks(options: Omit<PlottedOption, 'mark'>[], left: number, right: number): PlottedOption[] {
  const groups: Omit<PlottedOption, 'mark'>[][] = [];
  for (const option of options) {
    // Joins the first group whose corner is closer than a mark's width, in both directions.
    const near = groups.find(
      ([first]) => Math.abs(first!.x.low - option.x.low) < MARK_SPACING && Math.abs(first!.y.high - option.y.high) < MARK_SPACING,
    );
    if (near) near.push(option);
    else groups.push([option]);
  }
  const marks = new Map<string, PlottedOption['mark']>();
  for (const group of groups) {
    const first = group[0]!;
    // Side by side to the right, or to the left when the group would leave the plot.
    const step = first.x.low + (group.length - 1) * MARK_SPACING <= right ? MARK_SPACING : -MARK_SPACING;
    group.forEach((option, i) => {
      const x = Math.min(right, Math.max(left, first.x.low + i * step));
      marks.set(option.slug, { x, y: first.y.high, label: i === 0 ? group.map((o) => o.number).join(', ') : null });
    });
  }
  return options.map((option) => ({ ...option, mark: marks.get(option.slug)! }));
}
