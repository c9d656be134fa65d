import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCostOverTime, treatmentsPerYear, type CostOverTimeInput } from '@/lib/procedures/catalog/cost-over-time';
import { COST_BASES, COST_UNITS } from '@/lib/procedures/constants';

const base: CostOverTimeInput = {
  cost: { lowUsd: 300, highUsd: 400, averageUsd: null, unit: 'per_session', basis: 'physician_fee', year: 2023 },
  sessions: { min: 4, max: 6 },
  sessionsReported: true,
  results: { minMonths: 3, maxMonths: 4, permanent: false },
  years: { sessions: 2023, resultsLast: 2023 },
};

describe('cost over time', () => {
  it('multiplies the fee by the sessions for a course, naming both inputs', () => {
    const { perCourse } = getCostOverTime(base);
    expect(perCourse).toMatchObject({ computed: true, range: { lowUsd: 1200, highUsd: 2400 }, mixedYears: null });
    if (!perCourse.computed) throw new Error('expected a figure');
    expect(perCourse.formula).toBe('$300–$400 per session × 4–6 sessions');
    expect(perCourse.inputs.map((input) => input.figure)).toEqual(['cost', 'sessions']);
  });

  it('counts the treatments a year a result lasting 3–4 months needs: 3 to 4', () => {
    const { perYear } = getCostOverTime(base);
    expect(perYear).toMatchObject({ computed: true, range: { lowUsd: 900, highUsd: 1600 } });
    if (!perYear.computed) throw new Error('expected a figure');
    expect(perYear.formula).toBe('$300–$400 per session × 3–4 treatments a year (results last 3–4 months)');
  });

  it('treats a single procedure as a course of one and a long-lasting result as one treatment a year', () => {
    const surgery = getCostOverTime({
      ...base,
      cost: { lowUsd: null, highUsd: null, averageUsd: 3156, unit: 'per_procedure', basis: 'surgeon_fee', year: 2018 },
      sessions: null,
      results: { minMonths: null, maxMonths: null, permanent: true },
      years: { sessions: null, resultsLast: 2024 },
    });
    expect(surgery.perCourse).toMatchObject({ computed: true, range: { lowUsd: 3156, highUsd: 3156 } });
    expect(surgery.perYear).toMatchObject({
      computed: true,
      range: { lowUsd: 3156, highUsd: 3156 },
      mixedYears: 'Inputs come from different years: fee 2018, how long results last 2024',
    });
  });

  it('says which input is missing instead of computing', () => {
    expect(getCostOverTime({ ...base, cost: null }).perYear).toEqual({ computed: false, missing: 'the fee is not reported' });
    expect(getCostOverTime({ ...base, sessions: null, sessionsReported: false }).perCourse).toEqual({
      computed: false,
      missing: 'the number of sessions is not reported',
    });
    expect(getCostOverTime({ ...base, results: { minMonths: null, maxMonths: 120, permanent: false } }).perYear).toMatchObject({
      computed: false,
    });
    expect(getCostOverTime({ ...base, results: null }).perYear).toMatchObject({ computed: false });
  });

  it('never needs fewer than one treatment a year', () => {
    expect(treatmentsPerYear(120)).toBe(1);
    expect(treatmentsPerYear(12)).toBe(1);
    expect(treatmentsPerYear(5)).toBe(3);
  });
});

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const usd = fc.integer({ min: 1, max: 200_000 });
const monthsArb = fc.double({ min: 0.5, max: 600, noNaN: true });
const inputArb: fc.Arbitrary<CostOverTimeInput> = fc.record({
  cost: maybe(
    fc
      .record({
        range: maybe(fc.tuple(usd, usd).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)),
        average: maybe(usd),
        unit: maybe(fc.constantFrom(...COST_UNITS)),
        basis: maybe(fc.constantFrom(...COST_BASES)),
        year: maybe(fc.integer({ min: 2010, max: 2030 })),
      })
      .map(({ range, average, unit, basis, year }) => ({
        lowUsd: range?.[0] ?? null,
        highUsd: range?.[1] ?? null,
        averageUsd: average,
        unit,
        basis,
        year,
      })),
  ),
  sessions: maybe(
    fc
      .tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }))
      .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })),
  ),
  sessionsReported: fc.boolean(),
  results: maybe(
    fc.oneof(
      fc.constant({ minMonths: null, maxMonths: null, permanent: true }),
      fc
        .tuple(maybe(monthsArb), monthsArb)
        .map(([a, b]) => ({ minMonths: a === null ? null : Math.min(a, b), maxMonths: Math.max(a ?? b, b), permanent: false })),
    ),
  ),
  years: fc.record({ sessions: maybe(fc.integer({ min: 2010, max: 2030 })), resultsLast: maybe(fc.integer({ min: 2010, max: 2030 })) }),
});

describe('cost over time, for any inputs', () => {
  it('is never computed from a missing input', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { perVisit, perCourse, perYear } = getCostOverTime(input);
        if (!perVisit) expect(perCourse.computed || perYear.computed).toBe(false);
        if (!input.sessionsReported && input.sessions === null) expect(perCourse.computed).toBe(false);
        if (input.results === null) expect(perYear.computed).toBe(false);
        if (input.results && !input.results.permanent && input.results.minMonths === null) expect(perYear.computed).toBe(false);
      }),
    );
  });

  it('never falls below the single-visit fee, and keeps low ≤ high', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { perVisit, perCourse, perYear } = getCostOverTime(input);
        for (const derived of [perCourse, perYear]) {
          if (!derived.computed || !perVisit) continue;
          expect(derived.range.lowUsd).toBeGreaterThanOrEqual(perVisit.lowUsd);
          expect(derived.range.highUsd).toBeGreaterThanOrEqual(perVisit.highUsd);
          expect(derived.range.lowUsd).toBeLessThanOrEqual(derived.range.highUsd);
        }
      }),
    );
  });

  it('says so whenever its inputs come from different years', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { perYear } = getCostOverTime(input);
        if (!perYear.computed) return;
        const years = new Set(perYear.inputs.map((i) => i.year).filter((y) => y !== null));
        expect(perYear.mixedYears !== null).toBe(years.size > 1);
      }),
    );
  });
});
