import { NOT_REPORTED, formatCost, formatDuration, formatResults, formatSessions, formatTimespan } from './card-format';
import { FIGURE_DEFINITIONS, FIGURE_LABELS, FIGURES, type Figure } from '../figure-names';
import { formatDayRange } from '../labels';
import type { DayRange, EvidenceView, ProcedureDetail } from '../catalog/view';

// One record per figure: what it is called and means, its unit, how to read and word it from a
// procedure, and which screens show it. The procedure page, the compare table, the consultation
// pack, the API's figure map, `catalog:report` and /about/data all take their figures from this
// list (each screen takes the list as an argument, defaulting to FIGURE_REGISTRY), so a figure
// added here shows everywhere, and a test can add one of its own and see it on every screen.

/** The groups of the compare table, in order; a figure names the one its row sits in. */
export type CompareGroupId = 'glance' | 'recovery' | 'results' | 'cost' | 'risks' | 'provider' | 'sources';

export type FigureUnit = 'days' | 'months' | 'sessions' | 'USD' | 'minutes';

export type FigureRecord = {
  /** As in the catalog file, the evidence map and the API. */
  key: string;
  label: string;
  definition: string;
  unit: FigureUnit;
  /** A recovery milestone: days from the procedure, the fewest best when compared. */
  milestone: boolean;
  /** The reported value as the API returns it; null when not reported (or not applying). */
  value: (procedure: ProcedureDetail) => unknown;
  /** The value in words for pages: "7–14 days", "Not reported". */
  format: (procedure: ProcedureDetail) => string;
  /** Whether it applies to this procedure at all (a course's interval); screens skip it where not. */
  appliesTo?: (procedure: ProcedureDetail) => boolean;
  /** On the procedure page's "At a glance": its data-field, and a line under the value. */
  detail?: { field: string; note?: (procedure: ProcedureDetail) => string | undefined };
  /**
   * A row of its own in the compare table. Figures with bespoke rows (results last, sessions,
   * cost, procedure time: lib/compare/row-definitions.ts) leave this out.
   */
  compare?: { id: string; group: CompareGroupId; label: string; best?: string; defined?: boolean };
  /** In the printable consultation pack's deciding figures. */
  pack?: boolean;
  /** Which procedures `catalog:report` counts it for; null: not a coverage row. */
  coverage: 'all' | 'surgery' | 'course' | null;
};

const span = (range: DayRange | null) => (range ? formatTimespan(range.min, range.max) : NOT_REPORTED);
const days = (pick: (p: ProcedureDetail) => DayRange | null) => (p: ProcedureDetail) => pick(p);
const isCourse = (p: ProcedureDetail) => p.sessions !== null && p.sessions.max > 1;

type Reading = Omit<FigureRecord, 'key' | 'label' | 'definition'>;

/** How each catalog figure is read and shown: exhaustive, so a new figure cannot miss a screen. */
const READINGS: Record<Figure, Reading> = {
  downtime: {
    unit: 'days',
    milestone: true,
    value: days((p) => p.recoveryDays),
    format: (p) => formatDayRange(p.recoveryDays),
    detail: { field: 'recovery', note: () => FIGURE_DEFINITIONS.downtime },
    compare: {
      id: 'recovery',
      group: 'recovery',
      label: 'Downtime: back to work (days)',
      best: 'shortest maximum downtime',
      defined: true,
    },
    pack: true,
    coverage: 'all',
  },
  lookNormal: {
    unit: 'days',
    milestone: true,
    value: days((p) => p.lookNormalDays),
    format: (p) => formatDayRange(p.lookNormalDays),
    detail: { field: 'look-normal', note: () => FIGURE_DEFINITIONS.lookNormal },
    compare: {
      id: 'look-normal',
      group: 'recovery',
      label: 'Looks normal again (days)',
      best: 'soonest looking normal again',
      defined: true,
    },
    pack: true,
    coverage: 'all',
  },
  exercise: {
    unit: 'days',
    milestone: true,
    value: days((p) => p.exerciseDays),
    format: (p) => span(p.exerciseDays),
    detail: { field: 'exercise' },
    compare: { id: 'exercise', group: 'recovery', label: 'Back to strenuous exercise (days)', best: 'soonest back to exercise' },
    coverage: 'all',
  },
  finalResult: {
    unit: 'days',
    milestone: true,
    value: days((p) => p.finalResultDays),
    format: (p) => span(p.finalResultDays),
    detail: { field: 'final-result', note: () => FIGURE_DEFINITIONS.finalResult },
    compare: { id: 'final-result', group: 'recovery', label: 'Final result (days)', best: 'soonest final result', defined: true },
    coverage: 'surgery',
  },
  resultsVisible: {
    unit: 'days',
    milestone: false,
    value: days((p) => p.resultsVisibleDays),
    format: (p) => formatDayRange(p.resultsVisibleDays),
    detail: { field: 'results-visible' },
    compare: { id: 'results-visible', group: 'recovery', label: 'Results visible after (days)' },
    coverage: 'all',
  },
  resultsLast: {
    unit: 'months',
    milestone: false,
    value: (p) => p.results,
    format: (p) => formatResults(p.results),
    detail: { field: 'results', note: (p) => p.results?.note ?? undefined },
    pack: true,
    coverage: 'all',
  },
  sessions: {
    unit: 'sessions',
    milestone: false,
    value: (p) => (p.sessions ? { min: p.sessions.min, max: p.sessions.max } : null),
    format: (p) => (p.sessions || p.gaps.sessions ? formatSessions(p.sessions) : 'A single procedure'),
    detail: { field: 'sessions', note: (p) => p.sessions?.note ?? undefined },
    coverage: 'course',
  },
  sessionInterval: {
    unit: 'days',
    milestone: false,
    value: (p) => p.sessions?.intervalDays ?? null,
    format: (p) => span(p.sessions?.intervalDays ?? null),
    appliesTo: isCourse,
    detail: { field: 'session-interval' },
    coverage: null,
  },
  cost: {
    unit: 'USD',
    milestone: false,
    value: (p) => p.cost,
    format: (p) => formatCost(p.cost),
    pack: true,
    coverage: 'all',
  },
  duration: {
    unit: 'minutes',
    milestone: false,
    value: (p) => p.durationMinutes,
    format: (p) => formatDuration(p.durationMinutes),
    detail: { field: 'duration' },
    coverage: 'all',
  },
};

export const FIGURE_REGISTRY: readonly FigureRecord[] = FIGURES.map((key) => ({
  key,
  label: FIGURE_LABELS[key],
  definition: FIGURE_DEFINITIONS[key],
  ...READINGS[key],
}));

/** A figure's evidence or gap on a procedure (the maps are keyed by figure). */
export function evidenceFor(procedure: ProcedureDetail, record: FigureRecord): { evidence: EvidenceView | null; gap: string | null } {
  const evidence = (procedure.evidence as Record<string, EvidenceView | undefined>)[record.key] ?? null;
  const gap = (procedure.gaps as Record<string, string | undefined>)[record.key] ?? null;
  return { evidence, gap };
}

export function appliesTo(record: FigureRecord, procedure: ProcedureDetail): boolean {
  return record.appliesTo?.(procedure) ?? true;
}
