import { LABEL_FONT, textWidth, type Anchor } from './text-box';

// Options that share a cell of the trade-off map are set in rows of slots, in their numbered
// order, left to right and top down, the block centred in its cell. A slot holds the shape on the
// left and the number right of it, and is as wide as the longest number needs, so neither a
// number nor a shape can reach into the next slot. A cell with more options than its rows hold
// keeps its last row for a "+N more" note: the table lists every option.

export type PlacedText = { text: string; x: number; y: number; anchor: Anchor; size: number };

export type CellBox = { left: number; top: number; width: number; height: number };

export type MoreNote = { column: number; row: number; count: number; numbers: number[]; text: PlacedText };

export type PlacedMark = { x: number; y: number; label: PlacedText };

export type PackOptions = {
  cellBox: (column: number, row: number) => CellBox;
  slot: { width: number; height: number };
  perRow: number;
  maxRows: number;
};

/** Where the shape sits in its slot (its centre from the slot's left), and where its number starts. */
export const SHAPE_OFFSET = 7;
export const LABEL_OFFSET = 16;
/** The shape's size (components/map/mark.tsx), and how far it reaches from its centre, stroke included. */
export const MARK_SIZE = 7;
export const MARK_REACH = 1.1 * MARK_SIZE + 0.75;
/** From a row's middle to the baseline that centres a line of digits on it. */
const BASELINE_DROP = 0.35 * LABEL_FONT;
const SLOT_GAP = 3;

/** A slot wide enough for the shape and the longest number on the map, with a gap after it. */
export function slotWidth(count: number): number {
  const longest = String(Math.max(1, count));
  return Math.ceil(LABEL_OFFSET + textWidth(longest) + SLOT_GAP);
}

/**
 * Places the option at index i of `cells` (1-based number i + 1). Returns each option's mark, or
 * null for those a full cell's note counts instead.
 */
export function packCells(
  cells: readonly { column: number; row: number }[],
  options: PackOptions,
): { marks: (PlacedMark | null)[]; more: MoreNote[] } {
  const { slot, perRow, maxRows } = options;
  const byCell = new Map<string, number[]>();
  cells.forEach(({ column, row }, index) => {
    const key = `${column},${row}`;
    byCell.set(key, [...(byCell.get(key) ?? []), index]);
  });

  const marks: (PlacedMark | null)[] = cells.map(() => null);
  const more: MoreNote[] = [];
  for (const indexes of byCell.values()) {
    const { column, row } = cells[indexes[0]!]!;
    const box = options.cellBox(column, row);
    const overflows = indexes.length > perRow * maxRows;
    const shown = overflows ? indexes.slice(0, perRow * (maxRows - 1)) : indexes;
    const rows = Math.ceil(shown.length / perRow) + (overflows ? 1 : 0);
    const columns = Math.min(perRow, shown.length);
    const blockLeft = box.left + (box.width - columns * slot.width) / 2;
    const blockTop = box.top + (box.height - rows * slot.height) / 2;
    shown.forEach((index, i) => {
      const slotLeft = blockLeft + (i % perRow) * slot.width;
      const middle = blockTop + Math.floor(i / perRow) * slot.height + slot.height / 2;
      const label = {
        text: String(index + 1),
        x: slotLeft + LABEL_OFFSET,
        y: middle + BASELINE_DROP,
        anchor: 'start' as const,
        size: LABEL_FONT,
      };
      marks[index] = { x: slotLeft + SHAPE_OFFSET, y: middle, label };
    });
    if (overflows) {
      const hidden = indexes.slice(shown.length);
      const middle = blockTop + (rows - 1) * slot.height + slot.height / 2;
      more.push({
        column,
        row,
        count: hidden.length,
        numbers: hidden.map((index) => index + 1),
        text: { text: `+${hidden.length} more`, x: blockLeft, y: middle + BASELINE_DROP, anchor: 'start', size: LABEL_FONT },
      });
    }
  }
  return { marks, more };
}
