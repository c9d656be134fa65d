import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client';
import { evidenceSchema } from './catalog-schema';
import type { Anesthesia, Category, CostBasis, CostUnit, FdaStatus, Invasiveness, RiskLevel, SourceKind, Specialty } from '../constants';
import { FIGURES, type Figure } from '../figure-names';

// View models: what pages, the API and other domains (compare, bookmarks, planner) receive.
// Components never see raw Prisma rows; unknown numbers stay null and are shown as "not reported".

export type DayRange = { min: number; max: number };

export type CostView = {
  lowUsd: number | null;
  highUsd: number | null;
  averageUsd: number | null;
  typicalUsd: number | null;
  per: string | null;
  basis: CostBasis | null;
  unit: CostUnit | null;
  year: number | null;
  excludes: string | null;
  /** The source's row, when it covers more than this procedure. */
  scope: string | null;
  source: { title: string; url: string } | null;
};

export type ResultsView = { minMonths: number | null; maxMonths: number | null; permanent: boolean; note: string | null };

export type ProcedureCard = {
  slug: string;
  name: string;
  category: Category;
  specialty: Specialty;
  invasiveness: Invasiveness;
  riskLevel: RiskLevel;
  recoveryDays: DayRange | null;
  cost: CostView | null;
  /** Per year of keeping the result, calculated from sourced inputs (lib/procedures/catalog/cost-over-time.ts); null when one is missing. */
  costPerYear: { lowUsd: number; highUsd: number } | null;
  results: ResultsView | null;
  summary: string;
};

export type SourceView = {
  /** The id the catalog gives the source within its entry; evidence names it. */
  id: string;
  title: string;
  url: string;
  publisher: string;
  kind: SourceKind;
  year: number | null;
  accessed: string;
  copyOf: string | null;
  author: string | null;
};

/** Where a figure comes from: a short quote that locates it, and the source entry it is in. */
export type EvidenceView = { quote: string; source: SourceView };

/** A side effect or risk with where it comes from, or what was searched ("source not quoted"). */
export type RiskView = { text: string; evidence: EvidenceView | null; searched: string | null };

export type Milestone = { label: string; minDays: number; maxDays: number; evidence?: EvidenceView | null };

// The JSON columns are checked when read, not cast: a malformed row shows no evidence rather
// than wrong evidence.
const evidenceMapSchema = z.partialRecord(z.enum(FIGURES), evidenceSchema);
const gapMapSchema = z.partialRecord(z.enum(FIGURES), z.string());
const storedRiskEvidenceSchema = z.array(z.union([evidenceSchema, z.object({ notReported: z.string() })]));
const riskEvidenceSchema = z.object({
  commonSideEffects: storedRiskEvidenceSchema.catch([]),
  seriousRisks: storedRiskEvidenceSchema.catch([]),
});
const storedMilestonesSchema = z.array(
  z.object({ label: z.string(), minDays: z.number(), maxDays: z.number(), evidence: evidenceSchema.optional() }),
);

export type ProcedureDetail = ProcedureCard & {
  aliases: string[];
  brands: string[];
  anesthesia: Anesthesia[];
  durationMinutes: DayRange | null;
  exerciseDays: DayRange | null;
  finalResultDays: DayRange | null;
  /** Looks normal again (bruising and swelling mostly gone); null when not reported. */
  lookNormalDays: DayRange | null;
  /** Ablative laser or deep resurfacing: planned like surgery for a near event. */
  deepResurfacing: boolean;
  milestones: Milestone[];
  resultsVisibleDays: DayRange | null;
  sessions: { min: number; max: number; note: string | null; intervalDays: DayRange | null } | null;
  /** The evidence for each reported figure. */
  evidence: Partial<Record<Figure, EvidenceView>>;
  /** For each figure no source gives: what was searched. */
  gaps: Partial<Record<Figure, string>>;
  /** Each with its evidence, or what was searched. */
  commonSideEffects: RiskView[];
  seriousRisks: RiskView[];
  concerns: string[];
  bodyAreas: string[];
  providerType: string;
  trainingToLookFor: string;
  fdaStatus: FdaStatus;
  fdaNote: string | null;
  sources: SourceView[];
  lastReviewed: string;
};

/**
 * The Procedure columns a card needs, listed once: Prisma selects use it as is, the raw list
 * queries name its keys (lib/procedures/list/list-query.ts CARD_COLUMNS), and CardRow is its payload.
 */
export const cardSelect = {
  slug: true,
  name: true,
  category: true,
  specialty: true,
  invasiveness: true,
  riskLevel: true,
  recoveryMinDays: true,
  recoveryMaxDays: true,
  costLowUsd: true,
  costHighUsd: true,
  costAverageUsd: true,
  costTypicalUsd: true,
  costPer: true,
  costBasis: true,
  costUnit: true,
  costYear: true,
  costExcludes: true,
  costScope: true,
  costSourceTitle: true,
  costSourceUrl: true,
  costYearLowUsd: true,
  costYearHighUsd: true,
  resultsMinMonths: true,
  resultsMaxMonths: true,
  resultsPermanent: true,
  resultsNote: true,
  summary: true,
} as const satisfies Prisma.ProcedureSelect;

export type CardRow = Prisma.ProcedureGetPayload<{ select: typeof cardSelect }>;

const sourceSelect = {
  key: true,
  title: true,
  url: true,
  publisher: true,
  kind: true,
  year: true,
  accessed: true,
  copyOf: true,
  author: true,
} as const satisfies Prisma.CitedSourceSelect;

/** The columns a detail page needs: a card's, the rest of the figures, and the cited sources in order. */
export const detailSelect = {
  ...cardSelect,
  aliases: true,
  brands: true,
  anesthesia: true,
  durationMinMinutes: true,
  durationMaxMinutes: true,
  exerciseMinDays: true,
  exerciseMaxDays: true,
  finalResultMinDays: true,
  finalResultMaxDays: true,
  lookNormalMinDays: true,
  lookNormalMaxDays: true,
  deepResurfacing: true,
  milestones: true,
  resultsVisibleMinDays: true,
  resultsVisibleMaxDays: true,
  sessionsMin: true,
  sessionsMax: true,
  sessionsNote: true,
  sessionIntervalMinDays: true,
  sessionIntervalMaxDays: true,
  evidence: true,
  gaps: true,
  commonSideEffects: true,
  seriousRisks: true,
  riskEvidence: true,
  concerns: true,
  bodyAreas: true,
  providerType: true,
  trainingToLookFor: true,
  fdaStatus: true,
  fdaNote: true,
  lastReviewed: true,
  sources: { select: sourceSelect, orderBy: { position: 'asc' } },
} as const satisfies Prisma.ProcedureSelect;

export type DetailRow = Prisma.ProcedureGetPayload<{ select: typeof detailSelect }>;

type SourceRow = DetailRow['sources'][number];

function rangeOf(min: number | null, max: number | null): DayRange | null {
  return min === null || max === null ? null : { min, max };
}

export function toCard(row: CardRow): ProcedureCard {
  const hasCost = row.costTypicalUsd !== null;
  const hasResults = row.resultsPermanent || row.resultsMinMonths !== null || row.resultsMaxMonths !== null;
  return {
    slug: row.slug,
    name: row.name,
    category: row.category,
    specialty: row.specialty,
    invasiveness: row.invasiveness,
    riskLevel: row.riskLevel,
    recoveryDays: rangeOf(row.recoveryMinDays, row.recoveryMaxDays),
    cost: hasCost
      ? {
          lowUsd: row.costLowUsd,
          highUsd: row.costHighUsd,
          averageUsd: row.costAverageUsd,
          typicalUsd: row.costTypicalUsd,
          per: row.costPer,
          basis: (row.costBasis as CostBasis | null) ?? null,
          unit: (row.costUnit as CostUnit | null) ?? null,
          year: row.costYear,
          excludes: row.costExcludes,
          scope: row.costScope,
          source: row.costSourceTitle && row.costSourceUrl ? { title: row.costSourceTitle, url: row.costSourceUrl } : null,
        }
      : null,
    costPerYear:
      row.costYearLowUsd !== null && row.costYearHighUsd !== null ? { lowUsd: row.costYearLowUsd, highUsd: row.costYearHighUsd } : null,
    results: hasResults
      ? { minMonths: row.resultsMinMonths, maxMonths: row.resultsMaxMonths, permanent: row.resultsPermanent, note: row.resultsNote }
      : null,
    summary: row.summary,
  };
}

function toSourceView(row: SourceRow): SourceView {
  return {
    id: row.key,
    title: row.title,
    url: row.url,
    publisher: row.publisher,
    kind: row.kind as SourceKind,
    year: row.year,
    accessed: row.accessed.toISOString().slice(0, 10),
    copyOf: row.copyOf,
    author: row.author,
  };
}

function risksOf(row: DetailRow, withSource: (evidence: z.infer<typeof evidenceSchema> | undefined) => EvidenceView | null) {
  const stored = riskEvidenceSchema.catch({ commonSideEffects: [], seriousRisks: [] }).parse(row.riskEvidence);
  const view = (texts: string[], evidence: z.infer<typeof storedRiskEvidenceSchema>): RiskView[] =>
    texts.map((text, i) => {
      const item = evidence[i];
      if (item && 'notReported' in item) return { text, evidence: null, searched: item.notReported };
      return { text, evidence: withSource(item), searched: null };
    });
  return {
    commonSideEffects: view(row.commonSideEffects, stored.commonSideEffects),
    seriousRisks: view(row.seriousRisks, stored.seriousRisks),
  };
}

export function toDetail(row: DetailRow): ProcedureDetail {
  const sources = row.sources.map(toSourceView);
  const byId = new Map(sources.map((source) => [source.id, source]));
  const withSource = (evidence: z.infer<typeof evidenceSchema> | undefined): EvidenceView | null => {
    const source = evidence ? byId.get(evidence.source) : undefined;
    return evidence && source ? { quote: evidence.quote, source } : null;
  };
  const evidence: Partial<Record<Figure, EvidenceView>> = {};
  for (const [figure, item] of Object.entries(evidenceMapSchema.catch({}).parse(row.evidence)) as [
    Figure,
    z.infer<typeof evidenceSchema>,
  ][]) {
    const view = withSource(item);
    if (view) evidence[figure] = view;
  }
  const milestones = storedMilestonesSchema.catch([]).parse(row.milestones);
  return {
    ...toCard(row),
    aliases: row.aliases,
    brands: row.brands,
    anesthesia: row.anesthesia,
    durationMinutes: rangeOf(row.durationMinMinutes, row.durationMaxMinutes),
    exerciseDays: rangeOf(row.exerciseMinDays, row.exerciseMaxDays),
    finalResultDays: rangeOf(row.finalResultMinDays, row.finalResultMaxDays),
    lookNormalDays: rangeOf(row.lookNormalMinDays, row.lookNormalMaxDays),
    deepResurfacing: row.deepResurfacing,
    milestones: milestones.map((m) => ({ label: m.label, minDays: m.minDays, maxDays: m.maxDays, evidence: withSource(m.evidence) })),
    resultsVisibleDays: rangeOf(row.resultsVisibleMinDays, row.resultsVisibleMaxDays),
    sessions:
      row.sessionsMin !== null && row.sessionsMax !== null
        ? {
            min: row.sessionsMin,
            max: row.sessionsMax,
            note: row.sessionsNote,
            intervalDays: rangeOf(row.sessionIntervalMinDays, row.sessionIntervalMaxDays),
          }
        : null,
    evidence,
    gaps: gapMapSchema.catch({}).parse(row.gaps),
    ...risksOf(row, withSource),
    concerns: row.concerns,
    bodyAreas: row.bodyAreas,
    providerType: row.providerType,
    trainingToLookFor: row.trainingToLookFor,
    fdaStatus: row.fdaStatus,
    fdaNote: row.fdaNote,
    sources,
    lastReviewed: row.lastReviewed.toISOString().slice(0, 10),
  };
}
