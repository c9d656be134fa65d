import { submitBookmarkToggle } from '@/lib/bookmarks/server/actions';
import { BOOKMARK_TOGGLE_LABELS } from '@/lib/bookmarks/messages';
import { BookmarkIcon, NoScriptNotes } from './toggle-parts';

export type BookmarkToggleProps = { slug: string; name: string; className?: string };

/**
 * Save / Saved for one procedure, on cards, procedure pages and compare columns. Server markup
 * only, rendered neutral ("Save") so pages that show it stay cacheable: the page's one controller
 * (lib/bookmarks/browser/bookmark-toggles.ts, started by ProcedureControls) loads the visitor's state,
 * and saves and removes through a server action ("Saving…" until it answers), with a retry and an undo. Without
 * JavaScript it is a plain form that posts and comes back to the page it was on (the action
 * reads that from the Referer).
 */
export function BookmarkToggle({ slug, name, className = '' }: BookmarkToggleProps) {
  return (
    <div className={`no-print inline-flex flex-col items-start gap-1 ${className}`} data-bookmark-toggle={slug} data-name={name}>
      <div className="flex flex-wrap items-center gap-2">
        <form action={submitBookmarkToggle}>
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="intent" value="save" />
          <button type="submit" aria-pressed="false" data-state="unknown" className="bookmark-toggle">
            <BookmarkIcon />
            <span>
              <span data-bookmark-label="">{BOOKMARK_TOGGLE_LABELS.unsaved}</span> <span className="sr-only">{name}</span>
            </span>
          </button>
        </form>
        <button type="button" hidden data-bookmark-undo="" className="bookmark-undo">
          Undo <span className="sr-only">removing {name}</span>
        </button>
        <button type="button" hidden data-bookmark-retry="" className="bookmark-undo">
          Try again <span className="sr-only">for {name}</span>
        </button>
      </div>
      {/* Always in the DOM: a live region must exist before its text changes to be announced. */}
      <p role="status" data-bookmark-status="" className="bookmark-status" />
      <NoScriptNotes slug={slug} name={name} />
    </div>
  );
}
