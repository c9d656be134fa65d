import { RATE_LIMIT_MESSAGE } from '../messages';

// What a bookmark toggle's form post says when it comes back (the action redirects to the page
// with #bookmark-<outcome>-<slug>). Rendered as JSX inside <noscript> (toggle-parts.tsx) and, after
// a click before the page's script was running, by the page's controller (bookmark-toggles.ts).

export const NOTE_OUTCOMES = ['saved', 'removed', 'rate-limited', 'failed'] as const;
export type NoteOutcome = (typeof NOTE_OUTCOMES)[number];

/** The outcome a fragment like #bookmark-saved-botox reports for this slug, if any. */
export function outcomeFromHash(hash: string, slug: string): NoteOutcome | null {
  return NOTE_OUTCOMES.find((outcome) => hash === `#bookmark-${outcome}-${slug}`) ?? null;
}

export function noteId(outcome: NoteOutcome, slug: string): string {
  return `bookmark-${outcome}-${slug}`;
}

export type NoteCopy = { text: string; link: { href: string; label: string } | null; className: string };

// Component classes (app/globals.css): four notes per card, in the HTML and in React's payload.
const ERROR = 'toggle-note toggle-note-error';

// The notes sit next to the toggle they answer (the fragment scrolls there), so they don't repeat
// the procedure's name: four notes a card, on every card of a list.
export function noteCopy(outcome: NoteOutcome, slug: string): NoteCopy {
  switch (outcome) {
    case 'saved':
      return {
        text: 'Saved.',
        link: { href: '/bookmarks', label: 'See your saved list' },
        className: 'toggle-note toggle-note-saved',
      };
    case 'removed':
      return {
        text: 'Removed from your saved list.',
        link: { href: `/bookmarks?removed=${slug}`, label: 'Undo' },
        className: 'toggle-note toggle-note-removed',
      };
    case 'rate-limited':
      return { text: `Not saved. ${RATE_LIMIT_MESSAGE}`, link: null, className: ERROR };
    case 'failed':
      return { text: 'Could not be saved. Please try again.', link: null, className: ERROR };
  }
}

export const NOTE_LINK_CLASS = 'font-medium underline';
