import Link from 'next/link';
import { removeAllSaved } from '@/lib/bookmarks/server/actions';
import { bookmarksHref } from '@/lib/bookmarks/page-params';
import type { BookmarkSort } from '@/lib/bookmarks/schema';
import { focusRing, textLink } from '@/components/ui/styles';

export type RemoveAllProps = { count: number; sort: BookmarkSort; confirming: boolean };

/**
 * Two steps, both plain HTML: a link to the confirmation, then a form that must carry
 * confirm=remove-all. There is no undo for this, so the confirmation says so and offers export.
 */
export function RemoveAll({ count, sort, confirming }: RemoveAllProps) {
  if (!confirming) {
    return (
      <p className="text-sm">
        <Link href={bookmarksHref({ sort, confirm: 'remove-all' }, 'remove-all')} className={`${textLink} text-red-800`}>
          Remove all saved procedures…
        </Link>
      </p>
    );
  }
  return (
    <section
      id="remove-all"
      aria-labelledby="remove-all-heading"
      className="scroll-mt-4 space-y-3 rounded-lg border border-red-300 bg-red-50 p-4"
    >
      <h2 id="remove-all-heading" className="text-base font-semibold text-red-900">
        Remove all {count} saved {count === 1 ? 'procedure' : 'procedures'}?
      </h2>
      <p className="text-sm text-red-950">
        Their notes go too, and this cannot be undone. Download a copy first if you may want them later.
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <form action={removeAllSaved}>
          <input type="hidden" name="confirm" value="remove-all" />
          <input type="hidden" name="sort" value={sort} />
          <button
            type="submit"
            className={`inline-flex min-h-11 items-center rounded-md bg-red-800 px-4 text-sm font-semibold text-white hover:bg-red-900 ${focusRing}`}
          >
            Yes, remove all
          </button>
        </form>
        <Link href={bookmarksHref({ sort })} className={`${textLink} inline-flex min-h-11 items-center`}>
          Cancel, keep them
        </Link>
      </div>
    </section>
  );
}
