import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAME, layoutMap, type MapLayout, type MapOption } from '@/lib/map/layout';
import { niceMax, sqrtScale, DAY_TICKS } from '@/lib/map/scale';
import { INVASIVENESS } from '@/lib/procedures/constants';
import { RECOVERY_DAYS_MAX } from '@/lib/procedures/limits';

// Laws of the trade-off map's positions, for any catalog: order is kept, nothing leaves the plot,
// ranges stay ranges, and only options with both sourced figures are plotted.

const dayRange = fc
  .tuple(fc.integer({ min: 0, max: RECOVERY_DAYS_MAX }), fc.integer({ min: 0, max: RECOVERY_DAYS_MAX }))
  .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));

const months = fc.double({ min: 0, max: 600, noNaN: true });

const results = fc.oneof(
  fc.constant(null),
  fc.constant({ minMonths: null, maxMonths: null, permanent: true, note: null }),
  fc.tuple(months, months, fc.boolean()).map(([a, b, upTo]) => ({
    minMonths: upTo ? null : Math.min(a, b),
    maxMonths: Math.max(a, b),
    permanent: false,
    note: null,
  })),
);

const option = fc.record({
  name: fc.string({ minLength: 1, maxLength: 12 }),
  invasiveness: fc.constantFrom(...INVASIVENESS),
  recoveryDays: fc.option(dayRange, { nil: null }),
  results,
});

const catalog = fc.array(option, { maxLength: 40 }).map((options): MapOption[] => options.map((o, i) => ({ ...o, slug: `option-${i}` })));

const inside = (layout: MapLayout, x: number, y: number) =>
  x >= layout.plot.left && x <= layout.plot.right && y >= layout.plot.top && y <= layout.plot.bottom;

describe('trade-off map positions', () => {
  it('keeps every plotted figure inside the plot', () => {
    fc.assert(
      fc.property(catalog, (options) => {
        const layout = layoutMap(options);
        for (const p of layout.plotted) {
          expect(inside(layout, p.x.low, p.y.low)).toBe(true);
          expect(inside(layout, p.x.high, p.y.high)).toBe(true);
        }
        for (const p of layout.plotted) expect(inside(layout, p.mark.x, p.mark.y)).toBe(true);
        for (const tick of [...layout.xTicks]) expect(inside(layout, tick.position, layout.plot.bottom)).toBe(true);
        for (const tick of layout.yTicks) expect(inside(layout, layout.plot.left, tick.position)).toBe(true);
      }),
    );
  });

  it('never plots a longer downtime to the left of a shorter one', () => {
    fc.assert(
      fc.property(catalog, (options) => {
        const { plotted } = layoutMap(options);
        for (const a of plotted)
          for (const b of plotted) {
            if (a.downtime.max < b.downtime.max) expect(a.x.high).toBeLessThanOrEqual(b.x.high);
            if (a.downtime.min < b.downtime.min) expect(a.x.low).toBeLessThanOrEqual(b.x.low);
          }
      }),
    );
  });

  it('never plots a longer-lasting result below a shorter one, and long-lasting above every number', () => {
    fc.assert(
      fc.property(catalog, (options) => {
        const { plotted, plot } = layoutMap(options);
        for (const a of plotted) {
          if (a.results.permanent) {
            expect(a.y.high).toBe(plot.bandTop);
            expect(a.y.low).toBeLessThan(plot.numericTop);
          } else {
            expect(a.y.high).toBeGreaterThanOrEqual(plot.numericTop);
          }
          for (const b of plotted) {
            if (a.results.permanent || b.results.permanent) continue;
            // SVG y grows downward: a longer result has a smaller y.
            if (a.results.maxMonths! < b.results.maxMonths!) expect(a.y.high).toBeGreaterThanOrEqual(b.y.high);
          }
        }
      }),
    );
  });

  it('keeps ranges in order: the longer figure of a range is never drawn before the shorter', () => {
    fc.assert(
      fc.property(catalog, (options) => {
        for (const p of layoutMap(options).plotted) {
          expect(p.x.low).toBeLessThanOrEqual(p.x.high);
          expect(p.y.high).toBeLessThanOrEqual(p.y.low);
          // A range is drawn as a range, not collapsed to its midpoint.
          if (p.downtime.min < p.downtime.max) expect(p.x.high).toBeGreaterThan(p.x.low);
        }
      }),
    );
  });

  it('plots exactly the options with both figures and lists the rest with what is missing', () => {
    fc.assert(
      fc.property(catalog, (options) => {
        const layout = layoutMap(options);
        expect(layout.plotted.length + layout.unplotted.length).toBe(options.length);
        for (const o of options) {
          const hasBoth = o.recoveryDays !== null && o.results !== null;
          const plotted = layout.plotted.find((p) => p.slug === o.slug);
          const unplotted = layout.unplotted.find((u) => u.slug === o.slug);
          expect(Boolean(plotted)).toBe(hasBoth);
          if (unplotted) {
            expect(unplotted.missing.includes('downtime')).toBe(o.recoveryDays === null);
            expect(unplotted.missing.includes('results')).toBe(o.results === null);
          }
        }
        expect(layout.plotted.map((p) => p.number)).toEqual(layout.plotted.map((_, i) => i + 1));
        // Every number is shown once, on some mark's label.
        const shown = layout.plotted.flatMap((p) => (p.mark.label ? p.mark.label.split(', ').map(Number) : []));
        expect(shown.sort((a, b) => a - b)).toEqual(layout.plotted.map((p) => p.number));
      }),
    );
  });
});

describe('square-root scale', () => {
  it('is monotonic, starts at 0 and ends at the domain maximum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.nat({ max: 2000 }), fc.nat({ max: 2000 }), (max, a, b) => {
        const scale = sqrtScale(max, 10, 110);
        expect(scale(0)).toBe(10);
        expect(scale(max)).toBeCloseTo(110);
        if (a <= b) expect(scale(a)).toBeLessThanOrEqual(scale(b));
      }),
    );
  });

  it('ends the axis on a labelled tick that holds the longest figure', () => {
    expect(niceMax(0, DAY_TICKS, 7)).toBe(7);
    expect(niceMax(10, DAY_TICKS, 7)).toBe(14);
    expect(niceMax(28, DAY_TICKS, 7)).toBe(28);
    expect(DEFAULT_FRAME.width).toBeGreaterThan(DEFAULT_FRAME.margin.left + DEFAULT_FRAME.margin.right);
  });
});
