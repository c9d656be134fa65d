import { isGap, type CatalogEntry } from '@/lib/procedures/catalog/catalog-schema';
import type { EvidenceView, ProcedureDetail } from '@/lib/procedures/catalog/view';
import { getCostOverTime, type CostInputView, type CostOverTime, type CostOverTimeInput, type DerivedCost } from './cost-over-time';

// The two shapes cost-over-time is computed from: a reviewed catalog entry (the seed stores the
// yearly figure so the list can sort on it) and a detail view (pages and APIs show the working).

export function costInputFromEntry(entry: CatalogEntry): CostOverTimeInput {
  const yearOf = (sourceId: string | undefined) => entry.sources.find((source) => source.id === sourceId)?.year ?? null;
  const cost = isGap(entry.cost) ? null : entry.cost;
  const sessions = entry.sessions === null || isGap(entry.sessions) ? null : entry.sessions;
  const results = isGap(entry.resultsLast) ? null : entry.resultsLast;
  return {
    cost: cost && {
      lowUsd: cost.lowUsd,
      highUsd: cost.highUsd,
      averageUsd: cost.averageUsd,
      unit: cost.unit,
      basis: cost.basis,
      year: cost.year,
    },
    sessions: sessions && { min: sessions.min, max: sessions.max },
    sessionsReported: entry.sessions === null || !isGap(entry.sessions),
    results:
      results &&
      ('permanent' in results
        ? { minMonths: null, maxMonths: null, permanent: true }
        : { minMonths: results.minMonths, maxMonths: results.maxMonths, permanent: false }),
    years: { sessions: yearOf(sessions?.evidence.source), resultsLast: yearOf(results?.evidence.source) },
  };
}

export type CostFacts = Pick<ProcedureDetail, 'cost' | 'sessions' | 'results' | 'gaps' | 'evidence'>;

export function costInputFromDetail(procedure: CostFacts): CostOverTimeInput {
  return {
    cost: procedure.cost,
    sessions: procedure.sessions && { min: procedure.sessions.min, max: procedure.sessions.max },
    sessionsReported: procedure.sessions !== null || procedure.gaps.sessions === undefined,
    results: procedure.results,
    years: {
      sessions: procedure.evidence.sessions?.source.year ?? null,
      resultsLast: procedure.evidence.resultsLast?.source.year ?? null,
    },
  };
}

export function costOverTimeOf(procedure: CostFacts): CostOverTime {
  return getCostOverTime(costInputFromDetail(procedure));
}

/** A derived figure's working with each input's evidence, as compare and the APIs show it. */
export type CalculationView = {
  formula: string;
  inputs: (CostInputView & { evidence: EvidenceView | null })[];
  mixedYears: string | null;
};

export function calculationOf(procedure: CostFacts, derived: DerivedCost): CalculationView | null {
  if (!derived.computed) return null;
  return {
    formula: derived.formula,
    inputs: derived.inputs.map((input) => ({ ...input, evidence: procedure.evidence[input.figure] ?? null })),
    mixedYears: derived.mixedYears,
  };
}
