import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { BookmarksFlash } from '@/components/bookmarks/bookmarks-flash';
import { ComparePicker } from '@/components/bookmarks/compare-picker';
import { EmptySaved } from '@/components/bookmarks/empty-saved';
import { ExportLinks, SortLinks } from '@/components/bookmarks/list-tools';
import { SavedPackLink } from '@/components/consultation/saved-pack-link';
import { MoveList } from '@/components/bookmarks/move-list';
import { NotesForm } from '@/components/bookmarks/notes-form';
import { RemoveAll } from '@/components/bookmarks/remove-all';
import { SavedItem } from '@/components/bookmarks/saved-item';
import { SavedSync } from '@/components/bookmarks/saved-sync';
import { SharePanel } from '@/components/bookmarks/share-panel';
import { getMyBookmarks, getProcedureName, getUndoFor } from '@/lib/bookmarks/server/queries';
import { parseBookmarksPageParams } from '@/lib/bookmarks/page-params';
import { requestOrigin } from '@/lib/bookmarks/server/visitor';

// The visitor's own list, read through their cookie: rendered per request, never cached.

export const metadata: Metadata = { title: 'Saved procedures', robots: { index: false } };

type BookmarksPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const COMPARE_FORM_ID = 'compare-form';
const NOTES_FORM_ID = 'notes-form';

export default async function BookmarksPage({ searchParams }: BookmarksPageProps) {
  const params = parseBookmarksPageParams(await searchParams);
  const [{ items, shareLink }, undo, removedName, requestHeaders] = await Promise.all([
    getMyBookmarks(params.sort),
    getUndoFor(params.removed),
    getProcedureName(params.removed),
    headers(),
  ]);
  // Only this browser's own pending undo names a removal: a crafted ?removed= link says nothing.
  const removed = undo && removedName ? { slug: undo.slug, name: removedName } : undefined;
  const ticked = new Set(params.selected);

  return (
    <div className="space-y-6">
      <SavedSync slugs={items.map((item) => item.procedure.slug)} />
      <header className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">Saved procedures</h1>
        <p className="text-slate-800">
          Saved in this browser, no account needed, and you can move the list to another device. Notes are private: only you see them, and
          share links include them only if you choose.
        </p>
      </header>
      <BookmarksFlash status={params.status} error={params.error} removed={removed} sort={params.sort} />
      {items.length === 0 ? (
        <>
          <EmptySaved />
          <div className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
            <MoveList hasList={false} />
          </div>
          {shareLink ? (
            // An emptied list may still have a live link; it must stay revocable.
            <div className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
              <SharePanel link={shareLink} origin={requestOrigin(requestHeaders)} sort={params.sort} />
            </div>
          ) : null}
        </>
      ) : (
        <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem] lg:items-start">
          <section aria-labelledby="list-heading" className="min-w-0 space-y-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 id="list-heading" className="text-lg font-semibold text-slate-900">
                {items.length} saved {items.length === 1 ? 'procedure' : 'procedures'}
              </h2>
              <SortLinks sort={params.sort} />
            </div>
            <div id="compare" className="scroll-mt-4 rounded-lg border border-brand-100 bg-brand-50 p-3">
              <ComparePicker formId={COMPARE_FORM_ID} sort={params.sort} />
            </div>
            <NotesForm id={NOTES_FORM_ID} sort={params.sort}>
              <ol className="space-y-4">
                {items.map((item) => (
                  <li key={item.procedure.slug}>
                    <SavedItem
                      item={item}
                      sort={params.sort}
                      compareFormId={COMPARE_FORM_ID}
                      notesFormId={NOTES_FORM_ID}
                      ticked={ticked.has(item.procedure.slug)}
                    />
                  </li>
                ))}
              </ol>
            </NotesForm>
          </section>
          <aside aria-label="Share, export and remove" className="space-y-6 rounded-lg border border-slate-200 bg-white p-4">
            <SharePanel link={shareLink} origin={requestOrigin(requestHeaders)} sort={params.sort} />
            <ExportLinks />
            <MoveList hasList />
            <SavedPackLink />
            <RemoveAll count={items.length} sort={params.sort} confirming={params.confirm === 'remove-all'} />
          </aside>
        </div>
      )}
    </div>
  );
}
