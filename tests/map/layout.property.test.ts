import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_COLUMNS, layoutMap } from '@/lib/map/layout';
import { RESULTS_BUCKETS, downtimeBucket, resultsBucket } from '@/lib/map/buckets';
import { catalog } from './arbitraries';

// Laws of the trade-off map's bands, for any catalog: an option's cell follows its figures, order
// is kept, nothing leaves the plot, and only options with both sourced figures are placed.

describe('trade-off map bands', () => {
  it('puts each figure in its plain-language band, the upper bounds included', () => {
    const days = (max: number) => downtimeBucket({ min: 0, max });
    expect([0, 1, 7, 8, 14, 15, 28, 29, 90, 91, 400].map(days)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    const lasts = (maxMonths: number | null, permanent = false) => resultsBucket({ minMonths: null, maxMonths, permanent, note: null });
    expect([0.5, 3, 4, 6, 12, 18, 24, 36, 60, 61, 180].map((m) => lasts(m))).toEqual([0, 0, 1, 1, 2, 3, 3, 4, 4, 5, 5]);
    expect(lasts(null, true)).toBe(RESULTS_BUCKETS.length - 1);
    expect(lasts(null)).toBeNull();
  });

  it('never puts a longer downtime left of a shorter one, nor a longer-lasting result below a shorter one', () => {
    fc.assert(
      fc.property(catalog(40), (options) => {
        const { plotted } = layoutMap(options);
        for (const a of plotted) {
          // The long-lasting row holds exactly the results a source calls permanent.
          expect(a.row === RESULTS_BUCKETS.length - 1).toBe(a.results.permanent);
          for (const b of plotted) {
            if (a.downtime.max < b.downtime.max) expect(a.column).toBeLessThanOrEqual(b.column);
            if (a.results.permanent || b.results.permanent) continue;
            if (a.results.maxMonths! < b.results.maxMonths!) expect(a.row).toBeLessThanOrEqual(b.row);
          }
        }
      }),
    );
  });

  it('sets every mark inside its own cell, which sits on its bands', () => {
    fc.assert(
      fc.property(catalog(60), (options) => {
        const layout = layoutMap(options);
        for (const p of layout.plotted) {
          if (!p.mark) continue;
          const x = layout.xBands[p.column]!;
          const y = layout.yBands[p.row]!;
          expect(p.mark.x).toBeGreaterThan(x.start);
          expect(p.mark.x).toBeLessThan(x.end);
          expect(p.mark.y).toBeGreaterThan(y.end);
          expect(p.mark.y).toBeLessThan(y.start);
        }
        // Bands of equal size, in order, filling the plot.
        const widths = layout.xBands.map((band) => band.end - band.start);
        const heights = layout.yBands.map((band) => band.start - band.end);
        expect(new Set(widths).size).toBe(1);
        expect(new Set(heights).size).toBe(1);
        expect(layout.xBands[0]!.start).toBe(layout.plot.left);
        expect(layout.xBands.at(-1)!.end).toBe(layout.plot.right);
        // The downtime axis runs from "Same day" to the longest band in use, never cutting one off.
        expect(layout.xBands.length).toBe(Math.max(MIN_COLUMNS, ...layout.plotted.map((p) => p.column + 1)));
        expect(layout.yBands).toHaveLength(RESULTS_BUCKETS.length);
        expect(layout.yBands[0]!.start).toBe(layout.plot.bottom);
        expect(layout.yBands.at(-1)!.end).toBe(layout.plot.top);
      }),
    );
  });

  it('places exactly the options with both figures and lists the rest with what is missing', () => {
    fc.assert(
      fc.property(catalog(40), (options) => {
        const layout = layoutMap(options);
        expect(layout.plotted.length + layout.unplotted.length).toBe(options.length);
        for (const o of options) {
          const hasResults = o.results !== null && (o.results.permanent || o.results.maxMonths !== null);
          const hasBoth = o.recoveryDays !== null && hasResults;
          const unplotted = layout.unplotted.find((u) => u.slug === o.slug);
          expect(layout.plotted.some((p) => p.slug === o.slug)).toBe(hasBoth);
          if (unplotted) {
            expect(unplotted.missing.includes('downtime')).toBe(o.recoveryDays === null);
            expect(unplotted.missing.includes('results')).toBe(!hasResults);
          }
        }
        expect(layout.plotted.map((p) => p.number)).toEqual(layout.plotted.map((_, i) => i + 1));
      }),
    );
  });
});
