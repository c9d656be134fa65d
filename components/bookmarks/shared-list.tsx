import Link from 'next/link';
import { ProcedureGrid } from '@/components/procedures/procedure-grid';
import { primaryButton } from '@/components/ui/styles';
import { MAX_COMPARE, MIN_COMPARE, compareHref } from '@/lib/compare/url';
import type { ProcedureCard } from '@/lib/procedures/catalog/view';

export type SharedListProps = { items: ProcedureCard[] };

/** A shared shortlist: catalog facts only, quickest recovery first. Nothing here can be changed. */
export function SharedList({ items }: SharedListProps) {
  const comparable = items.slice(0, MAX_COMPARE).map((item) => item.slug);
  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">A shared shortlist</h1>
        <p className="text-slate-800">
          Someone shared {items.length === 1 ? 'this procedure' : `these ${items.length} procedures`} with you, quickest recovery first.
          This page is read-only; their private notes are not shared.
        </p>
        {comparable.length >= MIN_COMPARE ? (
          <Link href={compareHref(comparable)} className={`${primaryButton} min-h-11`}>
            Compare {comparable.length === items.length ? 'them' : `the first ${comparable.length}`} side by side
          </Link>
        ) : null}
      </header>
      {items.length === 0 ? (
        <p className="text-slate-800">The list is empty at the moment.</p>
      ) : (
        // No per-card controls: a shared list is for reading, and a Save button here would look
        // like it edits the sharer's list.
        <ProcedureGrid procedures={items} headingLevel="h2" renderActions={() => null} />
      )}
    </div>
  );
}
