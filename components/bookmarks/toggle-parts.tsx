import { NOTE_LINK_CLASS, NOTE_OUTCOMES, noteCopy, noteId, type NoteOutcome } from '@/lib/bookmarks/browser/toggle-notes';

// Pieces of the bookmark toggle's markup.

type BookmarkNoteProps = { slug: string; outcome: NoteOutcome };

/** One outcome's note, shown by CSS :target when the fragment names it. */
function BookmarkNote({ slug, outcome }: BookmarkNoteProps) {
  const { text, link, className } = noteCopy(outcome, slug);
  return (
    <p id={noteId(outcome, slug)} className={`hidden target:block ${className}`}>
      {link ? `${text} ` : text}
      {link ? (
        <a href={link.href} className={NOTE_LINK_CLASS}>
          {link.label}
        </a>
      ) : null}
    </p>
  );
}

/**
 * What a form post without JavaScript tells the visitor. The action redirects back to the page
 * with #bookmark-<outcome>-<slug>, and CSS :target shows the matching note (and scrolls to it),
 * so the page needs no cookie or query parameter and stays cacheable. Inside <noscript>, so a
 * scripted page does not build and hydrate four notes per card; there the controller shows the
 * one the fragment names (a click before the script ran also posts the plain form).
 */
export function NoScriptNotes({ slug }: { slug: string }) {
  return (
    <noscript>
      {NOTE_OUTCOMES.map((outcome) => (
        <BookmarkNote key={outcome} slug={slug} outcome={outcome} />
      ))}
    </noscript>
  );
}
