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

  it('the latest date plus the rest of a course, the latest milestone and the margin never passes the event', () => {
    fc.assert(
      fc.property(catalogArb, paramsArb, (catalog, params) => {
        const bySlug = new Map(catalog.map((p) => [p.slug, p]));
        for (const option of rankProcedures(catalog, params, TODAY)) {
          if (!option.timing || !params.eventDate) continue;
          const procedure = bySlug.get(option.slug)!;
          const { sessions } = procedure;
          // A course's first session comes (sessions − 1) × the longest interval before its last.
          const course = sessions && sessions.max > 1 && sessions.intervalDays ? (sessions.max - 1) * sessions.intervalDays.max : 0;
          if (course > 0) expect(option.timing.anchor).toBe('first_session');
          const final = procedure.finalResultDays?.max;
          const looks = procedure.lookNormalDays?.max ?? final;
          const milestones =
            params.readiness === 'healed'
              ? [procedure.recoveryDays?.max, looks, procedure.exerciseDays?.max, final]
              : [procedure.recoveryDays?.max, looks, procedure.resultsVisibleDays?.max ?? final];
          // A date is only ever given when every milestone it waits for is reported.
          expect(milestones.every((days) => days !== undefined)).toBe(true);
          const needed = course + Math.max(...(milestones as number[])) + SAFETY_MARGIN_DAYS;
          expect(option.timing.totalDays).toBe(needed);
          expect(daysBetween(addDays(option.timing.latestDate, needed), params.eventDate)).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('"fully healed" gives no date unless exercise and the final result are reported', () => {
    fc.assert(
      fc.property(catalogArb, paramsArb, (catalog, params) => {
        const healed = { ...params, readiness: 'healed' as const };
        const bySlug = new Map(catalog.map((p) => [p.slug, p]));
        for (const option of rankProcedures(catalog, healed, TODAY)) {
          const procedure = bySlug.get(option.slug)!;
          if (procedure.exerciseDays === null || procedure.finalResultDays === null) expect(option.timing).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fails closed: a fit always rests on reported figures, a booking no sooner than the lead time, and looking normal by the event', () => {
    fc.assert(
      fc.property(catalogArb, paramsArb, (catalog, params) => {
        const bySlug = new Map(catalog.map((p) => [p.slug, p]));
        for (const option of rankProcedures(catalog, params, TODAY)) {
          if (option.section !== 'fits' || !params.eventDate) continue;
          const procedure = bySlug.get(option.slug)!;
          expect(procedure.recoveryDays).not.toBeNull();
          expect(procedure.lookNormalDays ?? procedure.finalResultDays).not.toBeNull();
          const answers = [option.timing, option.oneSession && 'timing' in option.oneSession ? option.oneSession.timing : null];
          const fitting = answers.filter((a) => a !== null && a.daysFromToday >= a.leadDays);
          expect(fitting.length).toBeGreaterThan(0);
          const looksNormal = (procedure.lookNormalDays ?? procedure.finalResultDays)!.max;
          for (const answer of fitting) {
            expect(answer!.latestDate >= addDays(TODAY, answer!.leadDays)).toBe(true);
            expect(addDays(answer!.latestDate, looksNormal) <= params.eventDate).toBe(true);
          }
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
