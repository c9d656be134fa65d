import { RATE_LIMIT_MESSAGE } from '@/lib/bookmarks/messages';

// Pieces of the bookmark toggle that need no state.

const BASE =
  'inline-flex min-h-11 items-center gap-1.5 rounded-md border border-brand-700 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700';

export function toggleButtonClass(saved: boolean): string {
  return saved ? `${BASE} bg-brand-700 text-white hover:bg-brand-800` : `${BASE} bg-white text-brand-800 hover:bg-brand-50`;
}

export function BookmarkIcon({ filled }: { filled: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill={filled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="2">
      <path strokeLinejoin="round" d="M6 3h12a1 1 0 0 1 1 1v17l-7-4.5L5 21V4a1 1 0 0 1 1-1z" />
    </svg>
  );
}

const NOTE = 'hidden target:block max-w-xs scroll-mt-24 rounded border px-2 py-1 text-sm';

/**
 * What a form post without JavaScript tells the visitor. The action redirects back to the page
 * with #bookmark-<outcome>-<slug>, and CSS :target shows the matching note (and scrolls to it),
 * so the page needs no cookie or query parameter and stays cacheable. Inside <noscript>: with
 * JavaScript the toggle reports in place (React replays a click made before hydration), so the
 * notes would only be four more elements per card for the browser to build and React to hydrate.
 */
export function NoScriptNotes({ slug, name }: { slug: string; name: string }) {
  return (
    <noscript>
      <p id={`bookmark-saved-${slug}`} className={`${NOTE} border-emerald-300 bg-emerald-50 text-emerald-950`}>
        Saved {name}.{' '}
        <a href="/bookmarks" className="font-medium underline">
          See your saved list
        </a>
      </p>
      <p id={`bookmark-removed-${slug}`} className={`${NOTE} border-slate-300 bg-white text-slate-900`}>
        Removed {name} from your saved list.{' '}
        <a href={`/bookmarks?removed=${slug}`} className="font-medium underline">
          Undo
        </a>
      </p>
      <p id={`bookmark-rate-limited-${slug}`} className={`${NOTE} border-red-300 bg-red-50 text-red-900`}>
        {name} was not saved. {RATE_LIMIT_MESSAGE}
      </p>
      <p id={`bookmark-failed-${slug}`} className={`${NOTE} border-red-300 bg-red-50 text-red-900`}>
        {name} could not be saved. Please try again.
      </p>
    </noscript>
  );
}
