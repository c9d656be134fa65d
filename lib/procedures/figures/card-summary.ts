import { cautionsFor } from '@/lib/cautions/for-procedure';
import type { ProcedureCard } from '../catalog/view';
import { FIGURE_LABELS } from '../figure-names';
import { CATEGORY_LABELS, INVASIVENESS_LABELS, RISK_LABELS, SPECIALTY_LABELS, formatDayRange } from '../labels';
import { NOT_REPORTED, formatCost, formatCostExcludes, formatCostPerYear, formatResults } from './card-format';

// What a procedure card shows, as words, worked out on the server. The card itself is a client
// component (components/procedures/card-body.tsx): React's payload then carries these few strings
// once instead of the card's whole element tree, which it repeats for every server-rendered card.
// Keys that don't apply are left out, never sent as undefined.

export type CardFact = {
  label: string;
  /** data-field on the value: what tests and the "About me" panel find it by. */
  field: string;
  text: string;
  note?: string;
  /** Spans both columns (cost lines). */
  wide?: true;
  /** Set apart ("Not reported" never reads as "none"). */
  missing?: true;
  risk?: ProcedureCard['riskLevel'];
};

export type CardSummary = {
  slug: string;
  name: string;
  meta: string;
  facts: CardFact[];
  cautions: { count: number; conditions?: string };
};

function fact(label: string, field: string, text: string, extra: Pick<CardFact, 'note' | 'wide'> = {}): CardFact {
  const result: CardFact = { label, field, text };
  if (text === NOT_REPORTED) result.missing = true;
  if (extra.note) result.note = extra.note;
  if (extra.wide) result.wide = true;
  return result;
}

export function toCardSummary(procedure: ProcedureCard): CardSummary {
  const flagged = cautionsFor(procedure).flagged;
  const facts: CardFact[] = [
    fact(FIGURE_LABELS.downtime, 'recovery', formatDayRange(procedure.recoveryDays)),
    fact(FIGURE_LABELS.resultsLast, 'results', formatResults(procedure.results)),
    { label: 'Risk level', field: 'risk', text: RISK_LABELS[procedure.riskLevel], risk: procedure.riskLevel },
    fact(FIGURE_LABELS.cost, 'cost', formatCost(procedure.cost), { note: formatCostExcludes(procedure.cost) ?? undefined, wide: true }),
  ];
  if (procedure.cost) facts.push(fact('A year of results', 'cost-per-year', formatCostPerYear(procedure), { wide: true }));
  const cautions: CardSummary['cautions'] = { count: flagged.length };
  if (flagged.length > 0) cautions.conditions = flagged.map((group) => group.condition).join(' ');
  return {
    slug: procedure.slug,
    name: procedure.name,
    meta: `${CATEGORY_LABELS[procedure.category]} · ${INVASIVENESS_LABELS[procedure.invasiveness]} · ${SPECIALTY_LABELS[procedure.specialty]}`,
    facts,
    cautions,
  };
}
