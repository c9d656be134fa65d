import type { Anesthesia, Category, FdaStatus, Invasiveness, RiskLevel, Specialty } from './constants';

// View models: what pages, the API and other domains (compare, bookmarks, planner) receive.
// Components never see raw Prisma rows; unknown numbers stay null and are shown as "not reported".

export type DayRange = { min: number; max: number };

export type CostView = {
  lowUsd: number | null;
  highUsd: number | null;
  averageUsd: number | null;
  typicalUsd: number | null;
  per: string | null;
  year: number | null;
  excludes: string | null;
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
  results: ResultsView | null;
  summary: string;
};

export type Milestone = { label: string; minDays: number; maxDays: number };
export type SourceView = { title: string; url: string; publisher: string };

export type ProcedureDetail = ProcedureCard & {
  aliases: string[];
  brands: string[];
  anesthesia: Anesthesia[];
  durationMinutes: DayRange | null;
  milestones: Milestone[];
  resultsVisibleDays: DayRange | null;
  sessions: { min: number; max: number; note: string | null } | null;
  commonSideEffects: string[];
  seriousRisks: string[];
  concerns: string[];
  bodyAreas: string[];
  providerType: string;
  trainingToLookFor: string;
  fdaStatus: FdaStatus;
  fdaNote: string | null;
  sources: SourceView[];
  lastReviewed: string;
};

/** The columns a card needs, as selected by the list query. */
export type CardRow = {
  slug: string;
  name: string;
  category: Category;
  specialty: Specialty;
  invasiveness: Invasiveness;
  riskLevel: RiskLevel;
  recoveryMinDays: number | null;
  recoveryMaxDays: number | null;
  costLowUsd: number | null;
  costHighUsd: number | null;
  costAverageUsd: number | null;
  costTypicalUsd: number | null;
  costPer: string | null;
  costYear: number | null;
  costExcludes: string | null;
  costSourceTitle: string | null;
  costSourceUrl: string | null;
  resultsMinMonths: number | null;
  resultsMaxMonths: number | null;
  resultsPermanent: boolean;
  resultsNote: string | null;
  summary: string;
};

export type DetailRow = CardRow & {
  aliases: string[];
  brands: string[];
  anesthesia: Anesthesia[];
  durationMinMinutes: number | null;
  durationMaxMinutes: number | null;
  milestones: unknown;
  resultsVisibleMinDays: number | null;
  resultsVisibleMaxDays: number | null;
  sessionsMin: number | null;
  sessionsMax: number | null;
  sessionsNote: string | null;
  commonSideEffects: string[];
  seriousRisks: string[];
  concerns: string[];
  bodyAreas: string[];
  providerType: string;
  trainingToLookFor: string;
  fdaStatus: FdaStatus;
  fdaNote: string | null;
  lastReviewed: Date;
  sources: SourceView[];
};

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
          year: row.costYear,
          excludes: row.costExcludes,
          source: row.costSourceTitle && row.costSourceUrl ? { title: row.costSourceTitle, url: row.costSourceUrl } : null,
        }
      : null,
    results: hasResults
      ? { minMonths: row.resultsMinMonths, maxMonths: row.resultsMaxMonths, permanent: row.resultsPermanent, note: row.resultsNote }
      : null,
    summary: row.summary,
  };
}

export function toDetail(row: DetailRow): ProcedureDetail {
  return {
    ...toCard(row),
    aliases: row.aliases,
    brands: row.brands,
    anesthesia: row.anesthesia,
    durationMinutes: rangeOf(row.durationMinMinutes, row.durationMaxMinutes),
    milestones: Array.isArray(row.milestones) ? (row.milestones as Milestone[]) : [],
    resultsVisibleDays: rangeOf(row.resultsVisibleMinDays, row.resultsVisibleMaxDays),
    sessions: row.sessionsMin !== null && row.sessionsMax !== null ? { min: row.sessionsMin, max: row.sessionsMax, note: row.sessionsNote } : null,
    commonSideEffects: row.commonSideEffects,
    seriousRisks: row.seriousRisks,
    concerns: row.concerns,
    bodyAreas: row.bodyAreas,
    providerType: row.providerType,
    trainingToLookFor: row.trainingToLookFor,
    fdaStatus: row.fdaStatus,
    fdaNote: row.fdaNote,
    sources: row.sources.map(({ title, url, publisher }) => ({ title, url, publisher })),
    lastReviewed: row.lastReviewed.toISOString().slice(0, 10),
  };
}
