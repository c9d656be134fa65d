import type { Invasiveness } from '../procedures/constants';
import type { DayRange, ProcedureCard, ResultsView } from '../procedures/catalog/view';
import { DOWNTIME_BUCKETS, RESULTS_BUCKETS, downtimeBucket, resultsBucket } from './buckets';
import { packCells, slotWidth, type MoreNote, type PlacedText } from './pack';
import { LABEL_FONT, TITLE_FONT, lineHeight } from './text-box';

// Where each option sits on the trade-off map: a grid of plain-language bands, downtime across and
// how long results last up (lib/map/buckets.ts). Options sharing a cell are set side by side in
// rows, each with its own number, so no two labels ever touch (lib/map/pack.ts); a cell too full
// for its rows says "+N more" rather than piling marks up. Only sourced figures are placed: an
// option missing either is listed with why, never put at zero.

export type MapOption = Pick<ProcedureCard, 'slug' | 'name' | 'invasiveness' | 'recoveryDays' | 'results'>;

export type Frame = {
  /** Every downtime band is this wide (px). */
  columnWidth: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** The shortest a results band gets (it holds its two-line axis label). */
  minBand: number;
  /** A cell grows to this many rows of marks; beyond, its last row says "+N more". */
  maxRows: number;
  /** One row of marks. */
  slotHeight: number;
  cellPadding: number;
};

export const DEFAULT_FRAME: Frame = {
  columnWidth: 122,
  margin: { top: 30, right: 8, bottom: 58, left: 78 },
  minBand: 40,
  maxRows: 6,
  slotHeight: 20,
  cellPadding: 4,
};

/** Same day, up to 1 week and 1–2 weeks are always drawn, so a map of quick options still reads as one. */
export const MIN_COLUMNS = 3;

export type PlottedOption = {
  slug: string;
  name: string;
  invasiveness: Invasiveness;
  /** 1-based, the number shown on the map and in the table. */
  number: number;
  downtime: DayRange;
  results: ResultsView;
  /** The downtime band, 0 = same day. */
  column: number;
  /** The results band, 0 = the shortest-lasting (drawn at the bottom). */
  row: number;
  /** Its shape's centre and its number; null when its cell is full and a "+N more" note counts it. */
  mark: { x: number; y: number; label: PlacedText } | null;
};

export type UnplottedReason = 'downtime' | 'results';
export type UnplottedOption = { slug: string; name: string; invasiveness: Invasiveness; missing: UnplottedReason[] };

/** One band of an axis: where it starts and ends, and its label's lines. */
export type AxisBand = { label: string; start: number; end: number; lines: PlacedText[] };

export type MapLayout = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xBands: AxisBand[];
  /** From the bottom band (shortest-lasting) up. */
  yBands: AxisBand[];
  titles: { x: PlacedText; y: PlacedText };
  plotted: PlottedOption[];
  more: MoreNote[];
  unplotted: UnplottedOption[];
};

function missingOf(option: MapOption): UnplottedReason[] {
  const missing: UnplottedReason[] = [];
  if (!option.recoveryDays) missing.push('downtime');
  if (!option.results || resultsBucket(option.results) === null) missing.push('results');
  return missing;
}

const text = (value: string, x: number, y: number, anchor: PlacedText['anchor'], size = LABEL_FONT): PlacedText => ({
  text: value,
  x,
  y,
  anchor,
  size,
});

export function layoutMap(options: readonly MapOption[], frame: Frame = DEFAULT_FRAME): MapLayout {
  const plottable = options.filter((option) => missingOf(option).length === 0);
  const cells = plottable.map((option) => ({ column: downtimeBucket(option.recoveryDays!), row: resultsBucket(option.results!)! }));

  // The downtime axis ends at the longest band in use (at least the first few): no columns of
  // nothing to push the map past a laptop's column. The order and widths stay fixed.
  const downtimeBands = DOWNTIME_BUCKETS.slice(0, Math.max(MIN_COLUMNS, ...cells.map((cell) => cell.column + 1)));

  // Every band alike: as tall as the fullest cell needs, within the frame's bounds.
  const slot = { width: slotWidth(plottable.length), height: frame.slotHeight };
  const perRow = Math.max(1, Math.floor((frame.columnWidth - 2 * frame.cellPadding) / slot.width));
  const counts = new Map<string, number>();
  for (const { column, row } of cells) counts.set(`${column},${row}`, (counts.get(`${column},${row}`) ?? 0) + 1);
  const fullest = Math.max(1, ...counts.values());
  const rowsNeeded = Math.min(frame.maxRows, Math.ceil(fullest / perRow));
  const bandHeight = Math.max(frame.minBand, rowsNeeded * slot.height + 2 * frame.cellPadding);

  const left = frame.margin.left;
  const top = frame.margin.top;
  const right = left + downtimeBands.length * frame.columnWidth;
  const bottom = top + RESULTS_BUCKETS.length * bandHeight;
  const bandTop = (row: number) => top + (RESULTS_BUCKETS.length - 1 - row) * bandHeight;

  const { marks, more } = packCells(cells, {
    cellBox: (column, row) => ({
      left: left + column * frame.columnWidth,
      top: bandTop(row),
      width: frame.columnWidth,
      height: bandHeight,
    }),
    slot,
    perRow,
    maxRows: frame.maxRows,
  });

  const xBands = downtimeBands.map((bucket, i): AxisBand => {
    const start = left + i * frame.columnWidth;
    const end = start + frame.columnWidth;
    return { label: bucket.label, start, end, lines: [text(bucket.label, (start + end) / 2, bottom + 18, 'middle')] };
  });
  // Two pixels between lines, so that their boxes never touch.
  const line = lineHeight() + 2;
  const yBands = RESULTS_BUCKETS.map((bucket, i): AxisBand => {
    const start = bandTop(i) + bandHeight;
    const end = bandTop(i);
    // The lines centred on the band: the first baseline sits one ascent below the block's top.
    const firstBaseline = (start + end) / 2 - (bucket.lines.length * line - 2) / 2 + 0.95 * LABEL_FONT;
    return {
      label: bucket.label,
      start,
      end,
      lines: bucket.lines.map((value, l) => text(value, left - 8, firstBaseline + l * line, 'end')),
    };
  });

  return {
    width: right + frame.margin.right,
    height: bottom + frame.margin.bottom,
    plot: { left, right, top, bottom },
    xBands,
    yBands,
    titles: {
      x: text('Downtime: time off work →', (left + right) / 2, bottom + frame.margin.bottom - 12, 'middle', TITLE_FONT),
      y: text('↑ How long results last', 8, top - 10, 'start', TITLE_FONT),
    },
    plotted: plottable.map((option, index) => ({
      slug: option.slug,
      name: option.name,
      invasiveness: option.invasiveness,
      number: index + 1,
      downtime: option.recoveryDays!,
      results: option.results!,
      column: cells[index]!.column,
      row: cells[index]!.row,
      mark: marks[index] ?? null,
    })),
    more,
    unplotted: options
      .filter((option) => missingOf(option).length > 0)
      .map((option) => ({ slug: option.slug, name: option.name, invasiveness: option.invasiveness, missing: missingOf(option) })),
  };
}
