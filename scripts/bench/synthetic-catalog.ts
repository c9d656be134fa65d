import { catalogSchema, type CatalogEntry } from '../../lib/procedures/catalog/catalog-schema';
import type { Anesthesia, Invasiveness, RiskLevel } from '../../lib/procedures/constants';
import {
  AREA_LABELS,
  MILESTONES,
  MODIFIERS,
  PROFILES,
  SERIOUS_RISKS,
  SIDE_EFFECTS,
  SOURCES,
  type CategoryProfile,
} from './synthetic-words';

// Deterministic synthetic catalogs for the scale benchmark: the same seed gives the same entries
// on every machine, so runs are comparable. Entries go through the app's own zod schema, so the
// bench can never measure rows the real seed would have rejected.

export type Random = {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  some: <T>(items: readonly T[], min: number, max: number) => T[];
  chance: (p: number) => boolean;
};

/** mulberry32: tiny, fast and good enough to spread values; not for anything secret. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const pool = [...items];
    const count = Math.min(pool.length, int(min, max));
    const out: T[] = [];
    for (let i = 0; i < count; i++) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
    return out;
  };
  return { next, int, pick, some, chance: (p) => next() < p };
}

const TOTAL_WEIGHT = PROFILES.reduce((sum, profile) => sum + profile.weight, 0);

function pickProfile(random: Random): CategoryProfile {
  let roll = random.next() * TOTAL_WEIGHT;
  for (const profile of PROFILES) {
    roll -= profile.weight;
    if (roll < 0) return profile;
  }
  return PROFILES[PROFILES.length - 1]!;
}

const ANESTHESIA_BY_INVASIVENESS: Record<Invasiveness, Anesthesia[]> = {
  non_invasive: ['none', 'topical'],
  minimally_invasive: ['topical', 'local'],
  surgical: ['local', 'sedation', 'general'],
};

const RISK_BY_INVASIVENESS: Record<Invasiveness, RiskLevel[]> = {
  non_invasive: ['low', 'low', 'moderate'],
  minimally_invasive: ['low', 'moderate', 'moderate'],
  surgical: ['moderate', 'high', 'high'],
};

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function source(random: Random, topic: string, id: string): CatalogEntry['sources'][number] {
  const site = random.pick(SOURCES);
  return {
    id,
    title: `${topic}: what to expect`,
    url: `${site.host}${slugify(topic)}`,
    publisher: site.publisher,
    kind: 'professional_society',
    year: random.int(2020, 2026),
    accessed: '2026-11-30',
    copyOf: null,
    author: null,
  };
}

// Synthetic evidence: the shape the schema demands, pointing at the entry's first source.
const EVIDENCE = { source: 'src-1', quote: 'Synthetic benchmark figure' };
const GAP = { notReported: 'Synthetic benchmark entry: no figure generated' };

function days(range: { min: number; max: number } | null) {
  return range ? { minDays: range.min, maxDays: range.max, evidence: EVIDENCE } : GAP;
}

function costOf(random: Random, profile: CategoryProfile): CatalogEntry['cost'] {
  if (random.chance(0.2)) return GAP; // as in the real catalog, some entries have no sourced fee
  const low = random.int(profile.costUsd[0], profile.costUsd[1]);
  const ranged = random.chance(0.7);
  return {
    lowUsd: ranged ? low : null,
    highUsd: ranged ? low + random.int(0, low * 2) : null,
    averageUsd: ranged && random.chance(0.5) ? null : low + random.int(0, Math.round(low / 2)),
    basis: random.pick(['surgeon_fee', 'physician_fee', 'total_price'] as const),
    unit: random.pick(profile.costUnit),
    year: random.int(2022, 2025),
    excludes: random.chance(0.3) ? 'Anesthesia, facility fees and aftercare products' : null,
    scope: null,
    evidence: EVIDENCE,
  };
}

function entryAt(index: number, random: Random): CatalogEntry {
  const profile = pickProfile(random);
  const technique = random.pick(profile.techniques);
  const areas = random.some(profile.areas, 1, 3) as CatalogEntry['bodyAreas'];
  const modifier = random.pick(MODIFIERS);
  const name = `${modifier} ${technique} for ${AREA_LABELS[areas[0]!]}`;
  const invasiveness = random.pick(profile.invasiveness);
  const recoveryMax = random.chance(0.15) ? null : random.int(0, profile.recoveryMaxDays);
  const recoveryDays = recoveryMax === null ? null : { min: random.int(0, recoveryMax), max: recoveryMax };
  const sessionsMax = random.int(1, 6);
  const sessions = random.chance(0.5)
    ? null
    : { min: 1, max: sessionsMax, evidence: EVIDENCE, interval: sessionsMax > 1 ? days({ min: 21, max: 42 }) : null, note: null };
  return {
    slug: `${slugify(name)}-${index + 1}`,
    name,
    aliases: random.some(profile.aliases, 0, 3),
    brands: random.some(profile.brands, 0, 2),
    category: profile.category,
    specialty: invasiveness === 'surgical' || random.chance(0.15) ? 'plastic_surgery' : 'cosmetic_dermatology',
    invasiveness,
    anesthesia: random.some(ANESTHESIA_BY_INVASIVENESS[invasiveness], 1, 2),
    deepResurfacing: false,
    duration: random.chance(0.3) ? GAP : { minMinutes: 15 * random.int(1, 4), maxMinutes: 15 * random.int(4, 16), evidence: EVIDENCE },
    downtime: days(recoveryDays),
    exercise: days(recoveryDays && { min: recoveryDays.max, max: recoveryDays.max * 2 }),
    finalResult: days(recoveryDays && { min: recoveryDays.max, max: recoveryDays.max * 4 }),
    lookNormal: days(recoveryDays && { min: recoveryDays.max, max: recoveryDays.max * 2 }),
    recoveryNotes: recoveryDays
      ? random.some(MILESTONES, 0, 3).map((label) => ({ label, minDays: recoveryDays.min, maxDays: recoveryDays.max, evidence: EVIDENCE }))
      : [],
    resultsVisible: days(random.chance(0.4) ? null : { min: 0, max: random.int(0, 90) }),
    resultsLast: random.chance(0.3) ? GAP : { minMonths: random.int(1, 6), maxMonths: random.int(6, 24), evidence: EVIDENCE, note: null },
    sessions,
    cost: costOf(random, profile),
    riskLevel: random.pick(RISK_BY_INVASIVENESS[invasiveness]),
    commonSideEffects: random.some(SIDE_EFFECTS, 1, 4).map((text) => ({ text, evidence: EVIDENCE })),
    seriousRisks: random.some(SERIOUS_RISKS, 1, 3).map((text) => ({ text, evidence: EVIDENCE })),
    concerns: random.some(profile.concerns, 1, 3) as CatalogEntry['concerns'],
    bodyAreas: areas,
    providerType: 'Board-certified dermatologist or plastic surgeon, or a trained clinician they supervise.',
    trainingToLookFor: 'Board certification in dermatology or plastic surgery and documented experience with this treatment.',
    fdaStatus: invasiveness === 'surgical' ? 'not_applicable' : random.pick(['approved', 'cleared', 'off_label'] as const),
    fdaNote: null,
    summary:
      `${name} is a ${invasiveness.replace('_', ' ')} option that treats ${areas.map((a) => AREA_LABELS[a]).join(', ')}. ` +
      `Results and recovery vary from person to person; ask a qualified provider what is realistic for you.`,
    sources: Array.from({ length: random.int(1, 3) }, (_, i) => source(random, technique, `src-${i + 1}`)),
    lastReviewed: `2026-${String(random.int(1, 11)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
  };
}

/** `count` entries, identical for the same seed, validated by the catalog schema (throws if not). */
export function generateCatalogRaw(count: number, seed = 20261125): CatalogEntry[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => entryAt(index, random));
}

export function generateCatalog(count: number, seed = 20261125): CatalogEntry[] {
  const random = seededRandom(seed);
  const entries = Array.from({ length: count }, (_, index) => entryAt(index, random));
  const result = catalogSchema.safeParse(entries);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`synthetic entry ${String(issue?.path[0])} is invalid: ${issue?.path.join('.')} ${issue?.message}`);
  }
  return result.data;
}
