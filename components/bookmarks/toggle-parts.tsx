import { RATE_LIMIT_MESSAGE } from '@/lib/bookmarks/messages';
import { focusRingDark } from '@/components/ui/styles';

// Pieces of the bookmark toggle that need no state.

const BASE = `inline-flex min-h-11 items-center gap-1.5 rounded-md border border-brand-700 px-3 py-2 text-sm font-medium ${focusRingDark}`;

export function toggleButtonClass(saved: boolean): string {
  return saved ? `${BASE} bg-brand-700 text-white hover:bg-brand-800` : `${BASE} bg-white text-brand-800 hover:bg-brand-50`;
}

export function BookmarkIcon({ filled }: { filled: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-4"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth="2"
    >
      <path strokeLinejoin="round" d="M6 3h12a1 1 0 0 1 1 1v17l-7-4.5L5 21V4a1 1 0 0 1 1-1z" />
    </svg>
  );
}

const NOTE = 'max-w-xs scroll-mt-24 rounded border px-2 py-1 text-sm';

/** What a form post that came back without JavaScript's help says, by the #fragment it came back with. */
export const NOTE_OUTCOMES = ['saved', 'removed', 'rate-limited', 'failed'] as const;
export type NoteOutcome = (typeof NOTE_OUTCOMES)[number];

/** The outcome a fragment like #bookmark-saved-botox reports for this slug, if any. */
export function outcomeFromHash(hash: string, slug: string): NoteOutcome | null {
  return NOTE_OUTCOMES.find((outcome) => hash === `#bookmark-${outcome}-${slug}`) ?? null;
}

type BookmarkNoteProps = { slug: string; name: string; outcome: NoteOutcome; hidden?: boolean };

export function BookmarkNote({ slug, name, outcome, hidden = false }: BookmarkNoteProps) {
  const id = `bookmark-${outcome}-${slug}`;
  const shown = hidden ? `hidden target:block ${NOTE}` : NOTE;
  switch (outcome) {
    case 'saved':
      return (
        <p id={id} className={`${shown} border-emerald-300 bg-emerald-50 text-emerald-950`}>
          Saved {name}.{' '}
          <a href="/bookmarks" className="font-medium underline">
            See your saved list
          </a>
        </p>
      );
    case 'removed':
      return (
        <p id={id} className={`${shown} border-slate-300 bg-white text-slate-900`}>
          Removed {name} from your saved list.{' '}
          <a href={`/bookmarks?removed=${slug}`} className="font-medium underline">
            Undo
          </a>
        </p>
      );
    case 'rate-limited':
      return (
        <p id={id} className={`${shown} border-red-300 bg-red-50 text-red-900`}>
          {name} was not saved. {RATE_LIMIT_MESSAGE}
        </p>
      );
    case 'failed':
      return (
        <p id={id} className={`${shown} border-red-300 bg-red-50 text-red-900`}>
          {name} could not be saved. Please try again.
        </p>
      );
  }
}

/**
 * What a form post without JavaScript tells the visitor. The action redirects back to the page
 * with #bookmark-<outcome>-<slug>, and CSS :target shows the matching note (and scrolls to it),
 * so the page needs no cookie or query parameter and stays cacheable. Inside <noscript>, so a
 * scripted page does not build and hydrate four notes per card; there the toggle shows the one
 * the fragment names (a click before hydration also posts the plain form).
 */
export function NoScriptNotes({ slug, name }: { slug: string; name: string }) {
  return (
    <noscript>
      {NOTE_OUTCOMES.map((outcome) => (
        <BookmarkNote key={outcome} slug={slug} name={name} outcome={outcome} hidden />
      ))}
    </noscript>
  );
}
