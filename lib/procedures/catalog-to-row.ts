import type { CatalogEntry } from './catalog-schema';

// Maps a reviewed catalog entry to the Procedure columns. Pure, so the seed and tests share it.

export function searchTextOf(entry: Pick<CatalogEntry, 'name' | 'aliases' | 'brands'>): string {
  return [entry.name, ...entry.aliases, ...entry.brands].join(' | ').toLowerCase();
}

export function toProcedureData(entry: CatalogEntry) {
  const cost = entry.cost;
  return {
    slug: entry.slug,
    name: entry.name,
    aliases: entry.aliases,
    brands: entry.brands,
    searchText: searchTextOf(entry),
    category: entry.category,
    specialty: entry.specialty,
    invasiveness: entry.invasiveness,
    anesthesia: entry.anesthesia,
    durationMinMinutes: entry.durationMinutes?.min ?? null,
    durationMaxMinutes: entry.durationMinutes?.max ?? null,
    recoveryMinDays: entry.recoveryDays?.min ?? null,
    recoveryMaxDays: entry.recoveryDays?.max ?? null,
    milestones: entry.milestones,
    resultsVisibleMinDays: entry.resultsVisibleDays?.min ?? null,
    resultsVisibleMaxDays: entry.resultsVisibleDays?.max ?? null,
    resultsMinMonths: entry.resultsMonths?.min ?? null,
    resultsMaxMonths: entry.resultsMonths?.max ?? null,
    resultsPermanent: entry.resultsMonths?.permanent ?? false,
    resultsNote: entry.resultsMonths?.note ?? null,
    sessionsMin: entry.sessions?.min ?? null,
    sessionsMax: entry.sessions?.max ?? null,
    sessionsNote: entry.sessions?.note ?? null,
    costLowUsd: cost?.lowUsd ?? null,
    costHighUsd: cost?.highUsd ?? null,
    costAverageUsd: cost?.averageUsd ?? null,
    // Filters and sorting need one figure: the low end of a quoted range, else the average fee.
    costTypicalUsd: cost ? (cost.lowUsd ?? cost.averageUsd) : null,
    costPer: cost?.per ?? null,
    costYear: cost?.year ?? null,
    costExcludes: cost?.excludes ?? null,
    costSourceTitle: cost?.source.title ?? null,
    costSourceUrl: cost?.source.url ?? null,
    riskLevel: entry.riskLevel,
    commonSideEffects: entry.commonSideEffects,
    seriousRisks: entry.seriousRisks,
    concerns: entry.concerns,
    bodyAreas: entry.bodyAreas,
    providerType: entry.providerType,
    trainingToLookFor: entry.trainingToLookFor,
    fdaStatus: entry.fdaStatus,
    fdaNote: entry.fdaNote,
    summary: entry.summary,
    lastReviewed: new Date(`${entry.lastReviewed}T00:00:00Z`),
  };
}
