import type { ReactNode } from 'react';
import type { ProcedureCard as ProcedureCardView } from '@/lib/procedures/catalog/view';
import { HydrateLater } from '@/components/ui/hydrate-later';
import { ProcedureCard } from './procedure-card';

export type ProcedureGridProps = {
  procedures: ProcedureCardView[];
  /** Per-card controls; compare and save by default. See ProcedureCard's `actions`. */
  renderActions?: (procedure: ProcedureCardView) => ReactNode;
  headingLevel?: 'h2' | 'h3';
  className?: string;
};

/** A list of cards, brought to life after the rest of the page (HydrateLater): twelve or more
    cards are most of a list page's hydration. */
export function ProcedureGrid({ procedures, renderActions, headingLevel = 'h3', className }: ProcedureGridProps) {
  return (
    <HydrateLater>
      <ul className={className ?? 'grid gap-4 sm:grid-cols-2 xl:grid-cols-3'}>
        {procedures.map((procedure) => (
          <li key={procedure.slug}>
            <ProcedureCard
              procedure={procedure}
              headingLevel={headingLevel}
              actions={renderActions ? renderActions(procedure) : 'default'}
            />
          </li>
        ))}
      </ul>
    </HydrateLater>
  );
}
