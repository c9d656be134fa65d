import { costInputFromEntry } from './cost-inputs';
import { getCostOverTime } from './cost-over-time';
import { isGap, type CatalogEntry, type CatalogRisk, type Evidence } from './catalog-schema';
import { COST_UNIT_LABELS } from '../labels';
import type { Figure } from '../figure-names';

// Maps a reviewed catalog entry to the Procedure columns. Pure, so the seed and tests share it.

export function searchTextOf(entry: Pick<CatalogEntry, 'name' | 'aliases' | 'brands'>): string {
  return [entry.name, ...entry.aliases, ...entry.brands].join(' | ').toLowerCase();
}

type Reported<T> = Exclude<T, { notReported: string } | null>;

function reported<T>(value: T): Reported<T> | null {
  return value === null || isGap(value) ? null : (value as Reported<T>);
}

/** Each figure's evidence, and what was searched for each figure no source gives. */
export function figureEvidence(entry: CatalogEntry): {
  evidence: Partial<Record<Figure, Evidence>>;
  gaps: Partial<Record<Figure, string>>;
} {
  const sessions = reported(entry.sessions);
  const figures: Record<Figure, unknown> = {
    downtime: entry.downtime,
    exercise: entry.exercise,
    finalResult: entry.finalResult,
    lookNormal: entry.lookNormal ?? null,
    resultsVisible: entry.resultsVisible,
    resultsLast: entry.resultsLast,
    sessions: entry.sessions,
    sessionInterval: sessions?.interval ?? null,
    cost: entry.cost,
    duration: entry.duration,
  };
  const evidence: Partial<Record<Figure, Evidence>> = {};
  const gaps: Partial<Record<Figure, string>> = {};
  for (const [figure, value] of Object.entries(figures) as [Figure, unknown][]) {
    if (isGap(value)) gaps[figure] = value.notReported;
    else if (value && typeof value === 'object' && 'evidence' in value) evidence[figure] = (value as { evidence: Evidence }).evidence;
  }
  return { evidence, gaps };
}

/** A risk's evidence as stored beside its text (same index): the quote, or what was searched. */
function riskEvidenceOf(risk: CatalogRisk): Evidence | { notReported: string } {
  return 'evidence' in risk ? risk.evidence : { notReported: risk.notReported };
}

export function toProcedureData(entry: CatalogEntry) {
  const duration = reported(entry.duration);
  const downtime = reported(entry.downtime);
  const exercise = reported(entry.exercise);
  const finalResult = reported(entry.finalResult);
  const lookNormal = reported(entry.lookNormal ?? null);
  const visible = reported(entry.resultsVisible);
  const results = reported(entry.resultsLast);
  const sessions = reported(entry.sessions);
  const interval = reported(sessions?.interval ?? null);
  const cost = reported(entry.cost);
  const costSource = cost ? entry.sources.find((source) => source.id === cost.evidence.source) : undefined;
  const { evidence, gaps } = figureEvidence(entry);
  const perYear = getCostOverTime(costInputFromEntry(entry)).perYear;
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
    durationMinMinutes: duration?.minMinutes ?? null,
    durationMaxMinutes: duration?.maxMinutes ?? null,
    recoveryMinDays: downtime?.minDays ?? null,
    recoveryMaxDays: downtime?.maxDays ?? null,
    exerciseMinDays: exercise?.minDays ?? null,
    exerciseMaxDays: exercise?.maxDays ?? null,
    finalResultMinDays: finalResult?.minDays ?? null,
    finalResultMaxDays: finalResult?.maxDays ?? null,
    lookNormalMinDays: lookNormal?.minDays ?? null,
    lookNormalMaxDays: lookNormal?.maxDays ?? null,
    deepResurfacing: entry.deepResurfacing,
    milestones: entry.recoveryNotes,
    resultsVisibleMinDays: visible?.minDays ?? null,
    resultsVisibleMaxDays: visible?.maxDays ?? null,
    resultsMinMonths: results && 'minMonths' in results ? results.minMonths : null,
    resultsMaxMonths: results && 'maxMonths' in results ? results.maxMonths : null,
    resultsPermanent: results !== null && 'permanent' in results,
    resultsNote: results?.note ?? null,
    sessionsMin: sessions?.min ?? null,
    sessionsMax: sessions?.max ?? null,
    sessionsNote: sessions?.note ?? null,
    sessionIntervalMinDays: interval?.minDays ?? null,
    sessionIntervalMaxDays: interval?.maxDays ?? null,
    costLowUsd: cost?.lowUsd ?? null,
    costHighUsd: cost?.highUsd ?? null,
    costAverageUsd: cost?.averageUsd ?? null,
    // Filters and sorting need one figure: the low end of a quoted range, else the average fee.
    costTypicalUsd: cost ? (cost.lowUsd ?? cost.averageUsd) : null,
    costPer: cost ? COST_UNIT_LABELS[cost.unit] : null,
    costBasis: cost?.basis ?? null,
    costUnit: cost?.unit ?? null,
    costYear: cost?.year ?? null,
    costExcludes: cost?.excludes ?? null,
    costScope: cost?.scope ?? null,
    costSourceTitle: costSource?.title ?? null,
    costSourceUrl: costSource?.url ?? null,
    costYearLowUsd: perYear.computed ? perYear.range.lowUsd : null,
    costYearHighUsd: perYear.computed ? perYear.range.highUsd : null,
    riskLevel: entry.riskLevel,
    commonSideEffects: entry.commonSideEffects.map((risk) => risk.text),
    seriousRisks: entry.seriousRisks.map((risk) => risk.text),
    riskEvidence: { commonSideEffects: entry.commonSideEffects.map(riskEvidenceOf), seriousRisks: entry.seriousRisks.map(riskEvidenceOf) },
    concerns: entry.concerns,
    bodyAreas: entry.bodyAreas,
    providerType: entry.providerType,
    trainingToLookFor: entry.trainingToLookFor,
    fdaStatus: entry.fdaStatus,
    fdaNote: entry.fdaNote,
    summary: entry.summary,
    evidence,
    gaps,
    lastReviewed: new Date(`${entry.lastReviewed}T00:00:00Z`),
  };
}

/** The entry's sources as CitedSource rows (without the procedure id). */
export function toSourceRows(entry: CatalogEntry) {
  return entry.sources.map((source, position) => ({
    position,
    key: source.id,
    title: source.title,
    url: source.url,
    publisher: source.publisher,
    kind: source.kind,
    year: source.year,
    accessed: new Date(`${source.accessed}T00:00:00Z`),
    copyOf: source.copyOf,
    author: source.author,
  }));
}
