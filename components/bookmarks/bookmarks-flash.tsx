import { undoRemove } from '@/lib/bookmarks/server/actions';
import { ERROR_MESSAGES, STATUS_MESSAGES, type BookmarkErrorCode, type BookmarkStatusCode } from '@/lib/bookmarks/messages';
import { secondaryButton } from '@/components/ui/styles';

export type BookmarksFlashProps = {
  status?: BookmarkStatusCode;
  error?: BookmarkErrorCode;
  /** The procedure this browser just removed and can still put back. */
  removed?: { slug: string; name: string };
  sort: string;
};

/** The outcome of the last action, named by a code in the URL (never free text from it). */
export function BookmarksFlash({ status, error, removed, sort }: BookmarksFlashProps) {
  return (
    <>
      {error ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm font-medium text-red-900">
          {ERROR_MESSAGES[error]}
        </p>
      ) : null}
      {status ? (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950">
          {STATUS_MESSAGES[status]}
        </p>
      ) : null}
      {removed ? (
        <div
          role="status"
          className="flex flex-wrap items-center gap-3 rounded-md border border-slate-300 bg-white px-4 py-3 text-sm text-slate-900"
        >
          <p>
            Removed <strong>{removed.name}</strong> from your saved list.
          </p>
          <form action={undoRemove}>
            <input type="hidden" name="slug" value={removed.slug} />
            <input type="hidden" name="sort" value={sort} />
            <button type="submit" className={`${secondaryButton} min-h-11`}>
              Undo <span className="sr-only">removing {removed.name}</span>
            </button>
          </form>
        </div>
      ) : null}
    </>
  );
}
