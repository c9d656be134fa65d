import Link from 'next/link';
import { ProcedureGrid } from '@/components/procedures/procedure-grid';
import { primaryButton, secondaryButton } from '@/components/ui/styles';
import { keepSharedListAction } from '@/lib/bookmarks/server/move-actions';
import { MAX_COMPARE, MIN_COMPARE, compareHref } from '@/lib/compare/url';
import type { ProcedureCard } from '@/lib/procedures/catalog/view';

export type SharedListProps = { token: string; items: ProcedureCard[]; notes: Record<string, string> };

/**
 * A shared shortlist: catalog facts, and the owner's notes only if they chose to share them,
 * quickest recovery first. The reader can keep the list ("Save these to my list" copies the
 * procedures into their own list, never the notes) but cannot change the owner's.
 */
export function SharedList({ token, items, notes }: SharedListProps) {
  const comparable = items.slice(0, MAX_COMPARE).map((item) => item.slug);
  const withNotes = Object.keys(notes).length > 0;
  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">A shared shortlist</h1>
        <p className="text-slate-800">
          Someone shared {items.length === 1 ? 'this procedure' : `these ${items.length} procedures`} with you, quickest recovery first.
          This page is read-only; {withNotes ? 'they chose to show their notes with it.' : 'their private notes are not shared.'}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          {comparable.length >= MIN_COMPARE ? (
            <Link href={compareHref(comparable)} className={`${primaryButton} min-h-11`}>
              Compare {comparable.length === items.length ? 'them' : `the first ${comparable.length}`} side by side
            </Link>
          ) : null}
          {items.length > 0 ? (
            <form action={keepSharedListAction}>
              <input type="hidden" name="token" value={token} />
              <button type="submit" className={`${secondaryButton} min-h-11`}>
                Save these to my list
              </button>
            </form>
          ) : null}
        </div>
        {items.length > 0 ? (
          <p className="text-sm text-slate-700">Saving adds them to your own list; notes you already have there are kept.</p>
        ) : null}
      </header>
      {items.length === 0 ? (
        <p className="text-slate-800">The list is empty at the moment.</p>
      ) : (
        // No per-card Save: a button per card would look like it edits the sharer's list.
        <ProcedureGrid
          procedures={items}
          headingLevel="h2"
          renderActions={(procedure) =>
            notes[procedure.slug] ? (
              <p data-shared-note={procedure.slug} className="whitespace-pre-line rounded-md bg-slate-50 p-2 text-sm text-slate-800">
                <span className="font-medium">Their note:</span> {notes[procedure.slug]}
              </p>
            ) : null
          }
        />
      )}
    </div>
  );
}
