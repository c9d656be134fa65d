import { FIGURES, type Figure } from './figures';
import type { EvidenceView, ProcedureDetail } from './view';

// Each figure with its evidence beside it, as the API returns it: a value and where it comes
// from, or what was searched when no source gives it. null: the figure does not apply (the
// interval of a single-session treatment, the sessions of a one-off surgery).

export type FigureValue = { value: unknown; unit: string; evidence: EvidenceView } | { notReported: string } | null;

function valueOf(procedure: ProcedureDetail, figure: Figure): { value: unknown; unit: string } | null {
  switch (figure) {
    case 'downtime':
      return procedure.recoveryDays && { value: procedure.recoveryDays, unit: 'days' };
    case 'exercise':
      return procedure.exerciseDays && { value: procedure.exerciseDays, unit: 'days' };
    case 'finalResult':
      return procedure.finalResultDays && { value: procedure.finalResultDays, unit: 'days' };
    case 'lookNormal':
      return procedure.lookNormalDays && { value: procedure.lookNormalDays, unit: 'days' };
    case 'resultsVisible':
      return procedure.resultsVisibleDays && { value: procedure.resultsVisibleDays, unit: 'days' };
    case 'resultsLast':
      return procedure.results && { value: procedure.results, unit: 'months' };
    case 'sessions':
      return procedure.sessions && { value: { min: procedure.sessions.min, max: procedure.sessions.max }, unit: 'sessions' };
    case 'sessionInterval':
      return procedure.sessions?.intervalDays ? { value: procedure.sessions.intervalDays, unit: 'days' } : null;
    case 'cost':
      return procedure.cost && { value: procedure.cost, unit: 'USD' };
    case 'duration':
      return procedure.durationMinutes && { value: procedure.durationMinutes, unit: 'minutes' };
  }
}

export function toFigureMap(procedure: ProcedureDetail): Record<Figure, FigureValue> {
  const figures = {} as Record<Figure, FigureValue>;
  for (const figure of FIGURES) {
    const reported = valueOf(procedure, figure);
    const evidence = procedure.evidence[figure];
    const gap = procedure.gaps[figure];
    figures[figure] = reported && evidence ? { ...reported, evidence } : gap !== undefined ? { notReported: gap } : null;
  }
  return figures;
}
