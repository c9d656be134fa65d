import type { ReactNode } from 'react';
import { toCardSummary } from '@/lib/procedures/figures/card-summary';
import type { ProcedureCard as ProcedureCardView } from '@/lib/procedures/catalog/view';
import { CardBody } from './card-body';

// One card per procedure on every list (12 a page, 20 on a concern page): the figures that decide
// and a link to the rest. What only some visitors open (what the bill adds beyond the fee, each
// caution's wording) lives on the procedure page, so a list does not repeat it per card.

export type ProcedureCardProps = {
  procedure: ProcedureCardView;
  /** Slot for per-card controls ("Add to compare", bookmark toggle); "default" renders those two. */
  actions?: ReactNode | 'default';
  headingLevel?: 'h2' | 'h3';
};

export function ProcedureCard({ procedure, actions, headingLevel = 'h3' }: ProcedureCardProps) {
  return <CardBody card={toCardSummary(procedure)} actions={actions} headingLevel={headingLevel} />;
}
