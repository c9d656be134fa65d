'use client';

import { submitBookmarkToggle } from '@/lib/bookmarks/server/actions';
import { BOOKMARK_TOGGLE_LABELS } from '@/lib/bookmarks/messages';
import { NoScriptNotes } from './toggle-parts';

export type BookmarkToggleProps = { slug: string; name: string; className?: string };

/**
 * Save / Saved for one procedure, on cards, procedure pages and compare columns. Markup only (a
 * client component without state or effects, so React's payload carries just its two props),
 * rendered neutral ("Save") so pages that show it stay cacheable: the page's one controller
 * (lib/bookmarks/browser/bookmark-toggles.ts, started by ProcedureControls) loads the visitor's state,
 * and saves and removes through a server action ("Saving…" until it answers), adding a retry or an
 * undo button when one is needed (a list shows a dozen toggles; each element is paid for). Without
 * JavaScript it is a plain form that posts and comes back to the page it was on (the action
 * reads that from the Referer).
 */
export function BookmarkToggle({ slug, name, className = '' }: BookmarkToggleProps) {
  return (
    <div className={`bookmark-control no-print ${className}`} data-bookmark-toggle={slug} data-name={name}>
      <form action={submitBookmarkToggle}>
        <input type="hidden" name="slug" value={slug} />
        <button type="submit" name="intent" value="save" aria-pressed="false" data-state="unknown" className="bookmark-toggle">
          <span data-bookmark-label="">{BOOKMARK_TOGGLE_LABELS.unsaved}</span> <span className="sr-only">{name}</span>
        </button>
      </form>
      {/* Always in the DOM: a live region must exist before its text changes to be announced. */}
      <p role="status" data-bookmark-status="" className="bookmark-status" />
      <NoScriptNotes slug={slug} />
    </div>
  );
}
