import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayPosition, getTimeline, timelineDomain } from '@/lib/compare/timeline';
import { makeProcedure, procedureListArbitrary } from './fixtures';

describe('recovery timeline', () => {
  it('uses a 90-day axis with labelled ticks unless something runs longer', () => {
    const timeline = getTimeline([makeProcedure({ recoveryDays: { min: 0, max: 0 }, milestones: [] })]);
    expect(timeline.domainMax).toBe(90);
    expect(timeline.ticks).toEqual([0, 1, 2, 7, 14, 30, 60, 90]);
    expect(timelineDomain([makeProcedure({ recoveryDays: { min: 30, max: 120 } })])).toBe(180);
    expect(getTimeline([makeProcedure({ recoveryDays: { min: 0, max: 500 } })]).ticks.at(-1)).toBe(510);
  });

  it('keeps same-day and two-to-four-week recoveries visibly apart', () => {
    // On a linear 90-day axis 1 day would be 1% of the width; here it is over 10%.
    expect(dayPosition(1, 90)).toBeGreaterThan(0.1);
    expect(dayPosition(28, 90) - dayPosition(0, 90)).toBeGreaterThan(0.5);
    expect(dayPosition(90, 90)).toBe(1);
    expect(dayPosition(-5, 90)).toBe(0);
  });

  it('is monotonic', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 }), fc.integer({ min: 0, max: 365 }), (a, b) => {
        if (a <= b) expect(dayPosition(a, 365)).toBeLessThanOrEqual(dayPosition(b, 365));
      }),
    );
  });

  it('summarises every bar in words, saying when recovery is not reported', () => {
    const timeline = getTimeline([
      makeProcedure({ slug: 'botox', name: 'Botox', recoveryDays: { min: 0, max: 0 }, milestones: [] }),
      makeProcedure({
        slug: 'facelift',
        name: 'Facelift',
        recoveryDays: null,
        milestones: [{ label: 'Events', minDays: 42, maxDays: 42 }],
      }),
    ]);
    expect(timeline.bars.map((bar) => bar.summary)).toEqual([
      'Botox: recovery same day.',
      'Facelift: recovery time not reported by our sources; milestones: Events: 42 days.',
    ]);
  });

  it('has one bar per procedure, each within the axis', () => {
    fc.assert(
      fc.property(procedureListArbitrary, (list) => {
        const timeline = getTimeline(list);
        expect(timeline.bars.map((bar) => bar.slug)).toEqual(list.map((p) => p.slug));
        for (const p of list) {
          expect(p.recoveryDays?.max ?? 0).toBeLessThanOrEqual(timeline.domainMax);
          for (const m of p.milestones) expect(m.maxDays).toBeLessThanOrEqual(timeline.domainMax);
        }
      }),
    );
  });
});
