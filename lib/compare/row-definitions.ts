import {
  ANESTHESIA_LABELS,
  CATEGORY_LABELS,
  COST_BASIS_LABELS,
  FDA_STATUS_LABELS,
  INVASIVENESS_LABELS,
  RISK_LABELS,
  SPECIALTY_LABELS,
  formatDayRange,
  formatUsd,
  humanize,
} from '../procedures/labels';
import { cautionsFor } from '../cautions/for-procedure';
import { CAUTION_LEVEL_LABELS } from '../cautions/schema';
import type { RiskLevel } from '../procedures/constants';
import type { DayRange, ProcedureDetail } from '../procedures/catalog/view';
import { FIGURE_REGISTRY, type FigureRecord } from '../procedures/figures/figure-registry';
import { NOT_REPORTED, formatCostNote, formatMilestone, formatResults } from '../procedures/figures/card-format';
import { costBasis, formatCostRange, formatCount, formatMinuteRange, resultsMonthsValue } from './format';
import { calculationOf, costOverTimeOf } from '../procedures/catalog/cost-inputs';
import { formatUsdRange, type CostOverTime } from '../procedures/catalog/cost-over-time';
import type { BestRule, CompareCell, CompareGroupId, CompareLink } from './types';

// Every row of the comparison, in display order. A row turns one procedure into one cell; rows
// with a best-of rule also give each cell a comparable number.

export type RowDefinition = {
  id: string;
  group: CompareGroupId;
  label: string;
  /** The sourced figure the row shows (its registry key): its cells carry that figure's evidence. */
  figure?: string;
  definition?: string;
  cell: (procedure: ProcedureDetail) => CompareCell;
  best?: BestRule;
  /** Why the best-of rule cannot fairly be applied to these procedures, if it cannot. */
  unranked?: (procedures: readonly ProcedureDetail[]) => string | null;
};

export const GROUP_LABELS: Record<CompareGroupId, string> = {
  glance: 'At a glance',
  recovery: 'Recovery',
  results: 'Results',
  cost: 'Cost',
  risks: 'Risks and side effects',
  provider: 'Who performs it',
  sources: 'Sources',
};

const RISK_ORDER: Record<RiskLevel, number> = { low: 0, moderate: 1, high: 2 };

function text(value: string | null | undefined, extra: Partial<CompareCell> = {}): CompareCell {
  const shown = value?.trim() ? value : NOT_REPORTED;
  return { text: shown, value: null, reported: shown !== NOT_REPORTED, ...extra };
}

function list(items: readonly string[]): CompareCell {
  if (items.length === 0) return text(null);
  return { text: items.join('; '), list: [...items], value: null, reported: true };
}

function links(items: readonly CompareLink[]): CompareCell {
  if (items.length === 0) return text(null);
  return { text: items.map((item) => item.title).join('; '), links: items.map((item) => ({ ...item })), value: null, reported: true };
}

/** Every sourced caution, in full; the text (what "differs" compares) names each condition and its level. */
function cautionsCell(procedure: ProcedureDetail): CompareCell {
  const cautions = cautionsFor(procedure);
  const summary = cautions.flagged.map((group) => `${group.label}: ${CAUTION_LEVEL_LABELS[group.level]}`).join('; ');
  return {
    text: summary || 'No condition-specific caution in our sources',
    cautions: { ...cautions, procedure: procedure.name },
    value: null,
    reported: true,
  };
}

function costBasisKey(procedure: ProcedureDetail): string | null {
  const cost = procedure.cost;
  return cost?.typicalUsd != null ? `${cost.unit ?? cost.per ?? ''}|${cost.basis ?? ''}` : null;
}

/** A row for a cost calculated from sourced figures (per course, per year): the working, or what is missing. */
function derivedCostRow(id: string, label: string, pick: (costs: CostOverTime) => CostOverTime['perYear'], best: string): RowDefinition {
  return {
    id,
    group: 'cost',
    label,
    cell: (p) => {
      const derived = pick(costOverTimeOf(p));
      if (!derived.computed) return { text: 'Not calculated', detail: `Not calculated: ${derived.missing}`, value: null, reported: false };
      const calculation = calculationOf(p, derived);
      return {
        text: formatUsdRange(derived.range),
        detail: [`Calculated from ${derived.formula}`, derived.mixedYears].filter(Boolean).join('. '),
        value: derived.range.lowUsd,
        reported: true,
        ...(calculation ? { calculation } : {}),
      };
    },
    best: { direction: 'lowest', rule: `Best: ${best}` },
    unranked: unrankedCosts,
  };
}

/** A price per session is not comparable with a price per procedure; say so instead of ranking. */
function unrankedCosts(procedures: readonly ProcedureDetail[]): string | null {
  const bases = new Set(procedures.map(costBasisKey).filter((basis) => basis !== null));
  return bases.size > 1 ? 'Not ranked: prices are quoted on different bases (per session, per procedure, fee or total)' : null;
}

/**
 * A figure's own row, from its registry record: its words, its evidence, and for a recovery
 * milestone its days (fewest best; none at all can't be beaten).
 */
function figureRow(record: FigureRecord & { compare: NonNullable<FigureRecord['compare']> }): RowDefinition {
  const { id, group, label, best, defined } = record.compare;
  const days = (p: ProcedureDetail) => (record.milestone ? (record.value(p) as DayRange | null) : null);
  return {
    id,
    group,
    label,
    figure: record.key,
    ...(defined ? { definition: record.definition } : {}),
    cell: (p) => (record.milestone ? { ...text(formatDayRange(days(p))), value: days(p)?.max ?? null } : text(record.format(p))),
    ...(best ? { best: { direction: 'lowest' as const, rule: `Best: ${best}`, bound: 0 } } : {}),
  };
}

const BEFORE_FIGURES: readonly RowDefinition[] = [
  { id: 'category', group: 'glance', label: 'Type', cell: (p) => text(CATEGORY_LABELS[p.category]) },
  { id: 'specialty', group: 'glance', label: 'Specialty', cell: (p) => text(SPECIALTY_LABELS[p.specialty]) },
  { id: 'invasiveness', group: 'glance', label: 'How invasive', cell: (p) => text(INVASIVENESS_LABELS[p.invasiveness]) },
  { id: 'anesthesia', group: 'glance', label: 'Anesthesia', cell: (p) => text(p.anesthesia.map((a) => ANESTHESIA_LABELS[a]).join(', ')) },
  {
    id: 'duration',
    group: 'glance',
    label: 'Procedure time (minutes)',
    figure: 'duration',
    cell: (p) => text(formatMinuteRange(p.durationMinutes)),
  },
  {
    id: 'sessions',
    group: 'glance',
    label: 'Sessions',
    figure: 'sessions',
    cell: (p) =>
      p.sessions || p.gaps.sessions
        ? text(formatCount(p.sessions, 'session'), p.sessions?.note ? { detail: p.sessions.note } : {})
        : text('A single procedure'),
  },
  {
    id: 'session-interval',
    group: 'glance',
    label: 'Time between sessions (days)',
    figure: 'sessionInterval',
    cell: (p) => (p.sessions && p.sessions.max > 1 ? text(formatDayRange(p.sessions.intervalDays)) : text('Not a course')),
  },
  {
    id: 'fda',
    group: 'glance',
    label: 'FDA status',
    cell: (p) => text(FDA_STATUS_LABELS[p.fdaStatus], p.fdaNote ? { detail: p.fdaNote } : {}),
  },
  { id: 'areas', group: 'glance', label: 'Body areas', cell: (p) => text(p.bodyAreas.map(humanize).join(', ')) },
];

const NOTES_ROW: RowDefinition = {
  id: 'milestones',
  group: 'recovery',
  label: 'More recovery notes (days)',
  cell: (p) => list(p.milestones.map(formatMilestone)),
};

const AFTER_FIGURES: readonly RowDefinition[] = [
  {
    id: 'results-duration',
    group: 'results',
    figure: 'resultsLast',
    label: 'How long results last',
    cell: (p) => ({
      // In the unit people plan with: "About 10 years", not "Up to 120 months".
      ...text(formatResults(p.results), p.results?.note ? { detail: p.results.note } : {}),
      value: resultsMonthsValue(p.results),
    }),
    best: { direction: 'highest', rule: 'Best: longest-lasting results (permanent counts as longest)', bound: Number.POSITIVE_INFINITY },
  },
  {
    id: 'cost-typical',
    group: 'cost',
    label: 'Per visit: typical fee (USD)',
    figure: 'cost',
    cell: (p) => {
      const typical = p.cost?.typicalUsd ?? null;
      if (typical === null) return text(null);
      const kind = p.cost?.lowUsd === typical ? 'Low end of quoted range' : 'Average fee';
      const whose = p.cost?.basis ? COST_BASIS_LABELS[p.cost.basis] : null;
      return {
        text: formatUsd(typical),
        detail: [kind, whose, costBasis(p.cost)].filter(Boolean).join(' · '),
        value: typical,
        reported: true,
      };
    },
    best: { direction: 'lowest', rule: 'Best: lowest typical cost' },
    unranked: unrankedCosts,
  },
  derivedCostRow('cost-per-course', 'Per course (USD)', (costs) => costs.perCourse, 'lowest cost of a course'),
  derivedCostRow('cost-per-year', 'A year of results (USD)', (costs) => costs.perYear, 'lowest cost of a year of results'),
  { id: 'cost-range', group: 'cost', label: 'Quoted range (USD)', cell: (p) => text(formatCostRange(p.cost)) },
  { id: 'cost-excludes', group: 'cost', label: 'Price leaves out', cell: (p) => text(formatCostNote(p.cost)) },
  {
    id: 'cost-source',
    group: 'cost',
    label: 'Price source',
    cell: (p) => links(p.cost?.source ? [{ ...p.cost.source, publisher: '' }] : []),
  },
  {
    id: 'risk-level',
    group: 'risks',
    label: 'Overall risk',
    cell: (p) => ({ ...text(RISK_LABELS[p.riskLevel]), value: RISK_ORDER[p.riskLevel] }),
    best: { direction: 'lowest', rule: 'Best: lowest overall risk level', bound: RISK_ORDER.low },
  },
  { id: 'side-effects', group: 'risks', label: 'Common side effects', cell: (p) => list(p.commonSideEffects.map((risk) => risk.text)) },
  { id: 'serious-risks', group: 'risks', label: 'Serious risks', cell: (p) => list(p.seriousRisks.map((risk) => risk.text)) },
  {
    id: 'cautions',
    group: 'risks',
    label: 'Health cautions',
    definition: 'What our sources say for some health conditions. Tick yours under “About me” to flag them.',
    cell: cautionsCell,
  },
  { id: 'provider', group: 'provider', label: 'Who performs it', cell: (p) => text(p.providerType) },
  { id: 'training', group: 'provider', label: 'Training to look for', cell: (p) => text(p.trainingToLookFor) },
  { id: 'sources', group: 'sources', label: 'Sources', cell: (p) => links(p.sources) },
  { id: 'last-reviewed', group: 'sources', label: 'Last reviewed', cell: (p) => text(p.lastReviewed) },
];

/** Every row of the comparison, in display order: the figures' own rows come from the registry. */
export function rowDefinitions(figures: readonly FigureRecord[] = FIGURE_REGISTRY): RowDefinition[] {
  const own = figures.filter(
    (record): record is FigureRecord & { compare: NonNullable<FigureRecord['compare']> } => record.compare !== undefined,
  );
  return [...BEFORE_FIGURES, ...own.map(figureRow), NOTES_ROW, ...AFTER_FIGURES];
}
