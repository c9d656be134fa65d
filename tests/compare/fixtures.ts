import fc from 'fast-check';
import {
  ANESTHESIA,
  BODY_AREAS,
  CATEGORIES,
  CONCERNS,
  COST_BASES,
  COST_UNITS,
  FDA_STATUSES,
  INVASIVENESS,
  RISK_LEVELS,
  SPECIALTIES,
} from '@/lib/procedures/constants';
import type { DayRange, ProcedureDetail, RiskView, SourceView } from '@/lib/procedures/catalog/view';

// Procedures for compare tests: a readable example builder and a fast-check arbitrary that covers
// every field, including the nulls ("not reported") the catalog really has.

export function makeProcedure(overrides: Partial<ProcedureDetail> = {}): ProcedureDetail {
  return {
    slug: 'example',
    name: 'Example procedure',
    category: 'dermal_filler',
    specialty: 'cosmetic_dermatology',
    invasiveness: 'minimally_invasive',
    riskLevel: 'moderate',
    recoveryDays: { min: 0, max: 2 },
    cost: null,
    costPerYear: null,
    results: { minMonths: 6, maxMonths: 12, permanent: false, note: null },
    summary: 'An example.',
    aliases: [],
    brands: [],
    anesthesia: ['topical'],
    durationMinutes: { min: 20, max: 30 },
    exerciseDays: null,
    finalResultDays: null,
    lookNormalDays: null,
    deepResurfacing: false,
    milestones: [{ label: 'Back to work', minDays: 0, maxDays: 1 }],
    resultsVisibleDays: { min: 0, max: 0 },
    sessions: null,
    evidence: {},
    gaps: {},
    commonSideEffects: [risk('Swelling')],
    seriousRisks: [risk('Infection')],
    concerns: ['volume_loss'],
    bodyAreas: ['lips'],
    providerType: 'Dermatologist',
    trainingToLookFor: 'Board certification',
    fdaStatus: 'approved',
    fdaNote: null,
    sources: [makeSource()],
    lastReviewed: '2026-11-25',
    ...overrides,
  };
}

/** A side effect or risk as the view has it, here with no evidence (what the compare rows read is its text). */
export function risk(text: string): RiskView {
  return { text, evidence: null, searched: 'searched in a test' };
}

export function makeSource(overrides: Partial<SourceView> = {}): SourceView {
  return {
    id: 'source',
    title: 'Source',
    url: 'https://example.org/a',
    publisher: 'Example',
    kind: 'professional_society',
    year: 2024,
    accessed: '2026-11-30',
    copyOf: null,
    author: null,
    ...overrides,
  };
}

export function makeCost(typicalUsd: number, per = 'per procedure'): ProcedureDetail['cost'] {
  return {
    lowUsd: null,
    highUsd: null,
    averageUsd: typicalUsd,
    typicalUsd,
    per,
    basis: null,
    unit: null,
    year: 2024,
    excludes: null,
    scope: null,
    source: null,
  };
}

const range = (max: number): fc.Arbitrary<DayRange> =>
  fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max })).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));

const shortText = fc.string({ minLength: 1, maxLength: 12 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

/** Any procedure detail; slugs are made unique by `procedureListArbitrary`. */
export const procedureArbitrary: fc.Arbitrary<ProcedureDetail> = fc.record({
  slug: fc.stringMatching(/^[a-z0-9]{1,8}$/),
  name: shortText,
  category: fc.constantFrom(...CATEGORIES),
  specialty: fc.constantFrom(...SPECIALTIES),
  invasiveness: fc.constantFrom(...INVASIVENESS),
  riskLevel: fc.constantFrom(...RISK_LEVELS),
  recoveryDays: maybe(range(400)),
  costPerYear: fc.constant(null),
  cost: maybe(
    fc.record({
      lowUsd: maybe(fc.integer({ min: 50, max: 20_000 })),
      highUsd: maybe(fc.integer({ min: 50, max: 40_000 })),
      averageUsd: maybe(fc.integer({ min: 50, max: 20_000 })),
      typicalUsd: maybe(fc.integer({ min: 50, max: 20_000 })),
      per: maybe(fc.constantFrom('per procedure', 'per session', 'per syringe')),
      basis: maybe(fc.constantFrom(...COST_BASES)),
      unit: maybe(fc.constantFrom(...COST_UNITS)),
      year: maybe(fc.integer({ min: 2015, max: 2026 })),
      excludes: maybe(shortText),
      scope: maybe(shortText),
      source: maybe(fc.record({ title: shortText, url: fc.webUrl() })),
    }),
  ),
  results: maybe(
    fc.record({
      minMonths: maybe(fc.integer({ min: 1, max: 60 })),
      maxMonths: maybe(fc.integer({ min: 1, max: 120 })),
      permanent: fc.boolean(),
      note: maybe(shortText),
    }),
  ),
  summary: shortText,
  aliases: fc.array(shortText, { maxLength: 2 }),
  brands: fc.array(shortText, { maxLength: 2 }),
  anesthesia: fc.uniqueArray(fc.constantFrom(...ANESTHESIA), { maxLength: 3 }),
  durationMinutes: maybe(range(300)),
  exerciseDays: maybe(range(200)),
  lookNormalDays: maybe(range(200)),
  deepResurfacing: fc.boolean(),
  finalResultDays: maybe(range(400)),
  milestones: fc.array(
    range(200).chain((days) => shortText.map((label) => ({ label, minDays: days.min, maxDays: days.max }))),
    { maxLength: 3 },
  ),
  resultsVisibleDays: maybe(range(60)),
  sessions: maybe(fc.tuple(range(6), maybe(shortText), maybe(range(60))).map(([r, note, intervalDays]) => ({ ...r, note, intervalDays }))),
  evidence: fc.constant({}),
  gaps: fc.constant({}),
  commonSideEffects: fc.array(shortText.map(risk), { maxLength: 3 }),
  seriousRisks: fc.array(shortText.map(risk), { maxLength: 3 }),
  concerns: fc.uniqueArray(fc.constantFrom(...CONCERNS), { maxLength: 3 }),
  bodyAreas: fc.uniqueArray(fc.constantFrom(...BODY_AREAS), { maxLength: 3 }),
  providerType: shortText,
  trainingToLookFor: shortText,
  fdaStatus: fc.constantFrom(...FDA_STATUSES),
  fdaNote: maybe(shortText),
  sources: fc
    .array(fc.record({ title: shortText, url: fc.webUrl(), publisher: shortText }), { maxLength: 3 })
    .map((sources) => sources.map((source, i) => makeSource({ ...source, id: `s${i}` }))),
  lastReviewed: fc.constantFrom('2025-01-01', '2026-11-25'),
});

/** 1 to 4 procedures with distinct slugs, as the compare page would load them. */
export const procedureListArbitrary = fc.uniqueArray(procedureArbitrary, {
  minLength: 1,
  maxLength: 4,
  selector: (procedure) => procedure.slug,
});
