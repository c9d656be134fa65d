import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxOf, mapTexts } from '@/lib/map/labels';
import { layoutMap, type MapLayout, type MapOption } from '@/lib/map/layout';
import { MARK_REACH } from '@/lib/map/pack';
import { intersects, overlappingPairs, type Box } from '@/lib/map/text-box';
import { toDetailFromEntry } from '@/lib/procedures/catalog/catalog-details';
import { loadCatalog } from '@/lib/procedures/catalog/catalog-file';
import { catalog } from './arbitraries';

// No two labels of the trade-off map overlap, however the options fall: the real catalog, random
// catalogs, and every option in one cell. The browser test measures the same on the real pages.

const realCatalog: MapOption[] = loadCatalog().map(toDetailFromEntry);

const shapeBox = (x: number, y: number): Box => ({
  left: x - MARK_REACH,
  right: x + MARK_REACH,
  top: y - MARK_REACH,
  bottom: y + MARK_REACH,
});

/** Every rule a readable map keeps; returns what broke, so a failure names it. */
function problems(layout: MapLayout): string[] {
  const found: string[] = [];
  const texts = mapTexts(layout);
  const boxes = texts.map(boxOf);
  for (const [i, j] of overlappingPairs(boxes)) found.push(`labels "${texts[i]!.text}" and "${texts[j]!.text}" overlap`);
  for (const [i, text] of texts.entries()) {
    const box = boxes[i]!;
    if (text.size < 12) found.push(`"${text.text}" is set at ${text.size} px`);
    if (box.left < 0 || box.top < 0 || box.right > layout.width || box.bottom > layout.height) found.push(`"${text.text}" leaves the map`);
  }
  const marked = layout.plotted.filter((p) => p.mark);
  for (const a of marked) {
    const label = boxOf(a.mark!.label);
    const cell = {
      left: layout.xBands[a.column]!.start,
      right: layout.xBands[a.column]!.end,
      top: layout.yBands[a.row]!.end,
      bottom: layout.yBands[a.row]!.start,
    };
    const shape = shapeBox(a.mark!.x, a.mark!.y);
    for (const box of [label, shape])
      if (box.left < cell.left || box.right > cell.right || box.top < cell.top || box.bottom > cell.bottom)
        found.push(`${a.number} leaves its cell`);
    for (const b of marked) {
      if (a === b) continue;
      if (intersects(label, shapeBox(b.mark!.x, b.mark!.y))) found.push(`label ${a.number} covers mark ${b.number}`);
      if (intersects(shape, shapeBox(b.mark!.x, b.mark!.y))) found.push(`marks ${a.number} and ${b.number} overlap`);
    }
  }
  // Every placed option is drawn once or counted once by its cell's note.
  const counted = layout.more.flatMap((note) => note.numbers);
  expect([...marked.map((p) => p.number), ...counted].sort((a, b) => a - b)).toEqual(layout.plotted.map((p) => p.number));
  for (const note of layout.more) expect(note.text.text).toBe(`+${note.numbers.length} more`);
  return found;
}

const sameCell = (count: number): MapOption[] =>
  Array.from({ length: count }, (_, i) => ({
    slug: `option-${i}`,
    name: `Option ${i}`,
    invasiveness: 'surgical',
    recoveryDays: { min: 7, max: 10 },
    results: { minMonths: null, maxMonths: null, permanent: true, note: null },
  }));

describe('trade-off map labels', () => {
  it('the real catalog: every plotted option drawn with its number, no two labels or marks overlapping', () => {
    const layout = layoutMap(realCatalog);
    expect(layout.plotted.length).toBeGreaterThan(30);
    expect(layout.more).toEqual([]);
    expect(layout.plotted.every((p) => p.mark?.label.text === String(p.number))).toBe(true);
    expect(problems(layout)).toEqual([]);
    // Drawn at 1 px a unit, it fits the list page's column beside the filters at 1024 px wide.
    expect(layout.width).toBeLessThanOrEqual(696);
  });

  it('all 61 options in one cell: the cell grows to its limit and the rest become "+N more", never a pile', () => {
    const layout = layoutMap(sameCell(61));
    expect(problems(layout)).toEqual([]);
    expect(layout.more).toHaveLength(1);
    expect(layout.more[0]!.numbers.length).toBeGreaterThan(0);
    // The cell grew: its band is taller than an empty map's.
    const band = (l: MapLayout) => l.yBands[0]!.start - l.yBands[0]!.end;
    expect(band(layout)).toBeGreaterThan(band(layoutMap([])));
  });

  it('a cell just under its limit shows every option; hundreds of options (three-digit numbers) stay apart', () => {
    for (const count of [1, 2, 3, 4, 10, 17, 18, 19, 99, 100, 250]) expect(problems(layoutMap(sameCell(count))), `${count}`).toEqual([]);
    expect(layoutMap(sameCell(18)).more).toEqual([]);
  });

  it('any catalog: no overlaps', () => {
    fc.assert(
      fc.property(catalog(120), (options) => {
        expect(problems(layoutMap(options))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
