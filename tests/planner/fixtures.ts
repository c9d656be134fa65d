import fc from 'fast-check';
import { ANESTHESIA, BODY_AREAS, CATEGORIES, CONCERNS, INVASIVENESS, RISK_LEVELS } from '@/lib/procedures/constants';
import { planParamsSchema, type PlanParams } from '@/lib/planner/schema';
import { BUDGET_BASES, READINESS } from '@/lib/planner/constants';
import type { PlannerProcedure } from '@/lib/planner/types';
import type { CostView } from '@/lib/procedures/catalog/view';

// Hand-built procedures and params for the pure planner tests, plus fast-check generators.

export function cost(typicalUsd: number, highUsd: number | null = null): CostView {
  return {
    lowUsd: highUsd === null ? null : typicalUsd,
    highUsd,
    averageUsd: highUsd === null ? typicalUsd : null,
    typicalUsd,
    per: 'per treatment',
    basis: null,
    unit: null,
    year: 2024,
    excludes: null,
    scope: null,
    source: null,
  };
}

export function makeProcedure(slug: string, overrides: Partial<PlannerProcedure> = {}): PlannerProcedure {
  return {
    slug,
    name: slug.replace(/-/g, ' '),
    category: 'laser_light',
    invasiveness: 'non_invasive',
    riskLevel: 'low',
    recoveryDays: { min: 0, max: 0 },
    exerciseDays: null,
    finalResultDays: null,
    // Fully reported by default (a same-day treatment): tests take figures away to see them fail closed.
    lookNormalDays: { min: 0, max: 0 },
    deepResurfacing: false,
    cost: null,
    results: null,
    resultsVisibleDays: { min: 0, max: 0 },
    anesthesia: ['topical'],
    concerns: ['wrinkles'],
    bodyAreas: ['face'],
    milestones: [],
    sessions: null,
    gaps: {},
    evidence: {},
    ...overrides,
  };
}

export function params(overrides: Partial<Record<keyof PlanParams, unknown>> = {}): PlanParams {
  return { ...planParamsSchema.parse({}), ...overrides } as PlanParams;
}

// Mostly small numbers, so generated recoveries, downtimes and dates land on each other's edges.
const small = (max: number) => fc.oneof(fc.nat({ max: 10 }), fc.nat({ max }));
const range = (max: number) => fc.tuple(small(max), small(max)).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));
const subset = <T>(values: readonly T[]) => fc.subarray([...values], { maxLength: 4 });

export const procedureArb: fc.Arbitrary<PlannerProcedure> = fc.record({
  slug: fc.stringMatching(/^[a-z]{1,8}(-[a-z0-9]{1,4})?$/),
  name: fc.string({ minLength: 1, maxLength: 12 }),
  category: fc.constantFrom(...CATEGORIES),
  invasiveness: fc.constantFrom(...INVASIVENESS),
  riskLevel: fc.constantFrom(...RISK_LEVELS),
  recoveryDays: fc.option(range(60), { nil: null }),
  exerciseDays: fc.option(range(90), { nil: null }),
  finalResultDays: fc.option(range(400), { nil: null }),
  lookNormalDays: fc.option(range(60), { nil: null }),
  deepResurfacing: fc.boolean(),
  cost: fc.option(
    fc
      .tuple(fc.nat({ max: 20_000 }), fc.option(fc.nat({ max: 20_000 }), { nil: null }))
      .map(([typical, extra]) => cost(typical, extra === null ? null : typical + extra)),
    { nil: null },
  ),
  results: fc.option(
    fc.record({
      minMonths: fc.option(fc.nat({ max: 36 }), { nil: null }),
      maxMonths: fc.option(fc.nat({ max: 60 }), { nil: null }),
      permanent: fc.boolean(),
      note: fc.constant(null),
    }),
    { nil: null },
  ),
  resultsVisibleDays: fc.option(range(200), { nil: null }),
  anesthesia: fc.subarray([...ANESTHESIA]),
  concerns: subset(CONCERNS),
  bodyAreas: subset(BODY_AREAS),
  milestones: fc.constant([]),
  sessions: fc.option(
    fc
      .tuple(range(6), fc.option(range(60), { nil: null }))
      .map(([count, interval]) => ({ min: count.min + 1, max: count.max + 1, note: null, intervalDays: interval })),
    { nil: null },
  ),
  gaps: fc.constantFrom({}, { sessions: 'searched' }, { sessionInterval: 'searched' }),
  evidence: fc.constant({}),
});

/** Unique slugs, as in the catalog. */
export const catalogArb = fc.uniqueArray(procedureArb, { minLength: 1, maxLength: 12, selector: (p) => p.slug });

export const TODAY = '2026-06-01';

export const paramsArb: fc.Arbitrary<PlanParams> = fc.record({
  eventDate: fc.option(
    fc.oneof(fc.integer({ min: -3, max: 30 }), fc.integer({ min: -30, max: 400 })).map((offset) => {
      const day = new Date(Date.UTC(2026, 5, 1 + offset));
      return day.toISOString().slice(0, 10);
    }),
    { nil: undefined },
  ),
  downtimeDays: fc.option(small(60), { nil: undefined }),
  readiness: fc.constantFrom(...READINESS),
  budgetMax: fc.option(fc.nat({ max: 25_000 }), { nil: undefined }),
  budgetPer: fc.constantFrom(...BUDGET_BASES),
  concern: subset(CONCERNS),
  area: subset(BODY_AREAS),
  noGeneral: fc.boolean(),
  noSurgery: fc.boolean(),
  maxRisk: fc.option(fc.constantFrom(...RISK_LEVELS), { nil: undefined }),
  minResultsMonths: fc.option(fc.nat({ max: 48 }), { nil: undefined }),
  leadDays: fc.oneof(fc.constant(7), small(30)),
  surgeryLeadDays: fc.oneof(fc.constant(21), small(60)),
  treatment: fc.constant([]),
  procedure: fc.constant(undefined),
  edit: fc.constant(false),
  show: fc.constant(undefined),
  tz: fc.constant('UTC'),
});
