import { FIGURE_REGISTRY, evidenceFor, type FigureRecord } from './figure-registry';
import type { EvidenceView, ProcedureDetail } from '../catalog/view';

// Each figure with its evidence beside it, as the API returns it: a value and where it comes
// from, or what was searched when no source gives it. null: the figure does not apply (the
// interval of a single-session treatment, the sessions of a one-off surgery).

export type FigureValue = { value: unknown; unit: string; evidence: EvidenceView } | { notReported: string } | null;

export function toFigureMap(procedure: ProcedureDetail, figures: readonly FigureRecord[] = FIGURE_REGISTRY): Record<string, FigureValue> {
  const map: Record<string, FigureValue> = {};
  for (const record of figures) {
    const value = record.value(procedure);
    const { evidence, gap } = evidenceFor(procedure, record);
    map[record.key] =
      value !== null && value !== undefined && evidence
        ? { value, unit: record.unit, evidence }
        : gap !== null
          ? { notReported: gap }
          : null;
  }
  return map;
}
