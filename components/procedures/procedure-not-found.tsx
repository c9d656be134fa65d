import type { Metadata } from 'next';
import { NotFoundPanel } from '@/components/ui/not-found-panel';

export const PROCEDURE_NOT_FOUND_METADATA: Metadata = { title: 'Procedure not found', robots: { index: false } };

/** What /procedures/<slug> shows for a slug the catalog doesn't have. */
export function ProcedureNotFound() {
  return (
    <NotFoundPanel title="We don't have that procedure">
      <p className="text-slate-800">
        It may have been renamed, or it isn&apos;t in our catalog yet. Search the list by name, alias or brand.
      </p>
    </NotFoundPanel>
  );
}
