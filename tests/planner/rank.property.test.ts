import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RISK_LEVELS } from '@/lib/procedures/constants';
import { SAFETY_MARGIN_DAYS } from '@/lib/planner/constants';
import { addDays, daysBetween } from '@/lib/planner/dates';
import { rankProcedures } from '@/lib/planner/rank';
import type { PlanParams } from '@/lib/planner/schema';
import type { PlannerProcedure, Section } from '@/lib/planner/types';
import { TODAY, catalogArb, params as makeParams, paramsArb, procedureArb } from './fixtures';

// Laws the ranking must keep for any catalog and any wishes, not just the examples we thought of.

const SEVERITY: Record<Section, number> = { fits: 0, near_miss: 1, unconfirmed: 2, too_late: 3, does_not_fit: 3 };

function sections(catalog: PlannerProcedure[], params: PlanParams): Map<string, Section> {
  return new Map(rankProcedures(catalog, params, TODAY).map((option) => [option.slug, option.section]));
}

type Loosen = (params: PlanParams, k: number) => PlanParams;

// Small steps find off-by-one slips at the boundaries; large ones cross whole ranges.
const step = fc.oneof(fc.integer({ min: 1, max: 6 }), fc.nat({ max: 400 }));

const LOOSENINGS: Record<string, Loosen> = {
  'more downtime': (p, k) => ({ ...p, downtimeDays: p.downtimeDays === undefined ? undefined : p.downtimeDays + k }),
  'no downtime limit': (p) => ({ ...p, downtimeDays: undefined }),
  'higher budget': (p, k) => ({ ...p, budgetMax: p.budgetMax === undefined ? undefined : p.budgetMax + k * 100 }),
  'no budget': (p) => ({ ...p, budgetMax: undefined }),
  'later event': (p, k) => ({ ...p, eventDate: p.eventDate === undefined ? undefined : addDays(p.eventDate, k) }),
  'no event date': (p) => ({ ...p, eventDate: undefined }),
  'higher max risk': (p, k) => {
    if (!p.maxRisk) return p;
    const index = Math.min(RISK_LEVELS.indexOf(p.maxRisk) + (k % 3), RISK_LEVELS.length - 1);
    return { ...p, maxRisk: RISK_LEVELS[index] };
  },
  'no risk limit': (p) => ({ ...p, maxRisk: undefined }),
  'surgery allowed': (p) => ({ ...p, noSurgery: false }),
  'general anesthesia allowed': (p) => ({ ...p, noGeneral: false }),
  'shorter results wanted': (p, k) => ({
    ...p,
    minResultsMonths: p.minResultsMonths === undefined ? undefined : Math.max(0, p.minResultsMonths - k),
  }),
  'any concern': (p) => ({ ...p, concern: [] }),
  'any area': (p) => ({ ...p, area: [] }),
};

describe('rankProcedures laws (fast-check)', () => {
  for (const [name, loosen] of Object.entries(LOOSENINGS)) {
    it(`${name} never removes an option that fitted, nor makes any option worse`, () => {
      fc.assert(
        fc.property(catalogArb, paramsArb, step, (catalog, params, k) => {
          const before = sections(catalog, params);
          const after = sections(catalog, loosen(params, k));
          for (const [slug, section] of before) {
            const next = after.get(slug)!;
            if (section === 'fits') expect(next).toBe('fits');
            expect(SEVERITY[next]).toBeLessThanOrEqual(SEVERITY[section]);
          }
        }),
        { numRuns: 200 },
      );
    });
  }

  it('each graded wish alone is monotone, right up to its boundaries', () => {
    // One procedure and one wish at a time, so values land exactly on the edges (D = recovery, etc.).
    const base = makeParams();
    const severity = (procedure: PlannerProcedure, wish: Partial<PlanParams>) =>
      SEVERITY[rankProcedures([procedure], { ...base, ...wish }, TODAY)[0]!.section];
    fc.assert(
      fc.property(procedureArb, fc.nat({ max: 25 }), fc.integer({ min: 1, max: 4 }), (procedure, n, k) => {
        expect(severity(procedure, { downtimeDays: n + k })).toBeLessThanOrEqual(severity(procedure, { downtimeDays: n }));
        expect(severity(procedure, { budgetMax: (n + k) * 250 })).toBeLessThanOrEqual(severity(procedure, { budgetMax: n * 250 }));
        expect(severity(procedure, { eventDate: addDays(TODAY, n + k) })).toBeLessThanOrEqual(
          severity(procedure, { eventDate: addDays(TODAY, n) }),
        );
        expect(severity(procedure, { minResultsMonths: n })).toBeLessThanOrEqual(severity(procedure, { minResultsMonths: n + k }));
      }),
      { numRuns: 1000 },
    );
  });

  it('the latest date plus the rest of a course, recovery, results time and margin never passes the event', () => {
    fc.assert(
      fc.property(catalogArb, paramsArb, (catalog, params) => {
        const bySlug = new Map(catalog.map((p) => [p.slug, p]));
        for (const option of rankProcedures(catalog, params, TODAY)) {
          if (!option.timing || !params.eventDate) continue;
          const procedure = bySlug.get(option.slug)!;
          const { sessions } = procedure;
          // A course's first session comes (sessions − 1) × the longest interval before its last.
          const course = sessions && sessions.max > 1 && sessions.intervalDays ? (sessions.max - 1) * sessions.intervalDays.max : 0;
          if (sessions && sessions.max > 1 && sessions.intervalDays) expect(option.timing.anchor).toBe('first_session');
          const needed =
            course +
            (params.readiness === 'healed'
              ? Math.max(procedure.recoveryDays!.max, procedure.exerciseDays?.max ?? 0, procedure.finalResultDays?.max ?? 0) +
                SAFETY_MARGIN_DAYS
              : procedure.recoveryDays!.max +
                (procedure.resultsVisibleDays?.max ?? procedure.finalResultDays?.max ?? 0) +
                SAFETY_MARGIN_DAYS);
          expect(option.timing.totalDays).toBe(needed);
          expect(daysBetween(addDays(option.timing.latestDate, needed), params.eventDate)).toBeGreaterThanOrEqual(0);
          if (option.section === 'fits') expect(option.timing.latestDate >= TODAY).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('"fully healed" gives no date unless exercise or the final result is reported', () => {
    fc.assert(
      fc.property(catalogArb, paramsArb, (catalog, params) => {
        const healed = { ...params, readiness: 'healed' as const };
        const bySlug = new Map(catalog.map((p) => [p.slug, p]));
        for (const option of rankProcedures(catalog, healed, TODAY)) {
          const procedure = bySlug.get(option.slug)!;
          if (procedure.exerciseDays === null && procedure.finalResultDays === null) expect(option.timing).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('unknown recovery never counts as fitting, and a fit with a date always has a date to give', () => {
    fc.assert(
      fc.property(catalogArb, paramsArb, (catalog, params) => {
        const bySlug = new Map(catalog.map((p) => [p.slug, p]));
        for (const option of rankProcedures(catalog, params, TODAY)) {
          if (bySlug.get(option.slug)!.recoveryDays === null) expect(option.section).not.toBe('fits');
          if (option.section === 'fits' && params.eventDate) expect(option.timing).not.toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a past event leaves nothing that fits, nearly fits or might fit', () => {
    fc.assert(
      fc.property(catalogArb, paramsArb, fc.integer({ min: 1, max: 400 }), (catalog, params, daysAgo) => {
        const ranked = rankProcedures(catalog, { ...params, eventDate: addDays(TODAY, -daysAgo) }, TODAY);
        expect(ranked.filter((o) => ['fits', 'near_miss', 'unconfirmed'].includes(o.section))).toEqual([]);
      }),
    );
  });

  it('is deterministic, whatever order the catalog arrives in, and groups sections in order', () => {
    const order: Section[] = ['fits', 'near_miss', 'unconfirmed', 'too_late', 'does_not_fit'];
    fc.assert(
      fc.property(
        catalogArb.chain((c) => fc.tuple(fc.constant(c), fc.shuffledSubarray(c, { minLength: c.length }))),
        paramsArb,
        ([catalog, shuffled], params) => {
          const ranked = rankProcedures(catalog, params, TODAY);
          expect(rankProcedures(shuffled, params, TODAY)).toEqual(ranked);
          expect(ranked.map((o) => o.rank)).toEqual(ranked.map((_, i) => i + 1));
          const positions = ranked.map((o) => order.indexOf(o.section));
          expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        },
      ),
    );
  });
});
