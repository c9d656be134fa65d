'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useOptimistic, useRef, useState, useTransition, type FormEvent } from 'react';
import { setBookmarkSaved, submitBookmarkToggle, undoToggleRemoval, type ToggleResult } from '@/lib/bookmarks/actions';
import { ERROR_MESSAGES } from '@/lib/bookmarks/messages';
import { markSaved } from '@/lib/bookmarks/saved-store';
import type { UndoPayload } from '@/lib/bookmarks/schema';
import { useSaved } from '@/lib/bookmarks/use-saved';
import { BookmarkIcon, BookmarkNote, NoScriptNotes, outcomeFromHash, toggleButtonClass, type NoteOutcome } from './toggle-parts';

export type BookmarkToggleProps = { slug: string; name: string; className?: string };

const OFFLINE: ToggleResult = { ok: false, error: 'unavailable', message: ERROR_MESSAGES.unavailable };

/**
 * Save / Saved for one procedure, on cards, procedure pages and compare columns. The server
 * renders it neutral ("Save"): the visitor's state comes from the client store, so pages that
 * show it stay cacheable. Without JavaScript it is a plain form that posts and comes back (the
 * action adds back the query string from the Referer, which this server-rendered form cannot
 * know without useSearchParams, and that would suspend the toggle out of the no-JS HTML).
 */
export function BookmarkToggle({ slug, name, className = '' }: BookmarkToggleProps) {
  const pathname = usePathname();
  const saved = useSaved(slug);
  const [shown, setShown] = useOptimistic(saved ?? false);
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [removed, setRemoved] = useState<UndoPayload | null>(null);
  // A ref, not state: a double click must see the first click at once, before any re-render.
  const busy = useRef(false);
  // A click before hydration posts the plain form; the page comes back with #bookmark-<outcome>-<slug>.
  const [postedOutcome, setPostedOutcome] = useState<NoteOutcome | null>(null);
  const noteRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const outcome = outcomeFromHash(window.location.hash, slug);
    // The fragment exists only in the browser, so it is read after hydration, once per slug.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (outcome) setPostedOutcome(outcome);
  }, [slug]);
  useEffect(() => {
    // The browser's own jump to the fragment happened before this note existed.
    if (postedOutcome) noteRef.current?.scrollIntoView({ block: 'center' });
  }, [postedOutcome]);

  function run(optimistic: boolean, send: () => Promise<ToggleResult>, done: (result: ToggleResult & { ok: true }) => void) {
    if (busy.current) return;
    busy.current = true;
    setPostedOutcome(null);
    setError('');
    setAnnouncement('');
    startTransition(async () => {
      setShown(optimistic);
      const result = await send().catch(() => OFFLINE);
      busy.current = false;
      if (result.ok) {
        markSaved(slug, result.saved);
        done(result);
      } else {
        // The optimistic state ends with the transition, so the button flips back by itself. An
        // update after an await is no longer part of the transition unless wrapped again; wrapped,
        // the message and the rolled-back button appear in the same commit.
        const message = `${name} was not ${optimistic ? 'saved' : 'removed'}. ${result.message}`;
        startTransition(() => setError(message));
      }
    });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = !shown;
    run(
      next,
      () => setBookmarkSaved({ slug, saved: next }),
      (result) => {
        setRemoved(result.removed);
        setAnnouncement(result.saved ? `Saved ${name}.` : `Removed ${name} from your saved list.`);
      },
    );
  }

  function handleUndo() {
    if (!removed) return;
    const payload = removed;
    run(
      true,
      () => undoToggleRemoval(payload),
      () => {
        setRemoved(null);
        setAnnouncement(`${name} is back in your saved list.`);
      },
    );
  }

  const state = saved === null && !isPending ? 'unknown' : shown ? 'saved' : 'unsaved';
  return (
    <div className={`no-print inline-flex flex-col items-start gap-1 ${className}`} data-bookmark-toggle={slug}>
      <div className="flex flex-wrap items-center gap-2">
        <form action={submitBookmarkToggle} onSubmit={handleSubmit}>
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="intent" value={shown ? 'remove' : 'save'} />
          <input type="hidden" name="returnTo" value={pathname} />
          <button type="submit" aria-pressed={shown} aria-busy={isPending} data-state={state} className={toggleButtonClass(shown)}>
            <BookmarkIcon filled={shown} />
            {shown ? 'Saved' : 'Save'} <span className="sr-only">{name}</span>
          </button>
        </form>
        {removed && !shown ? (
          <button
            type="button"
            onClick={handleUndo}
            className="min-h-11 px-1 text-sm font-medium text-brand-800 underline underline-offset-2"
          >
            Undo <span className="sr-only">removing {name}</span>
          </button>
        ) : null}
      </div>
      {/* Always in the DOM: a live region must exist before its text changes to be announced. */}
      <p role="status" className={error ? 'max-w-xs text-sm text-red-800' : 'sr-only'}>
        {error || announcement}
      </p>
      {postedOutcome ? (
        <div ref={noteRef}>
          <BookmarkNote slug={slug} name={name} outcome={postedOutcome} />
        </div>
      ) : null}
      <NoScriptNotes slug={slug} name={name} />
    </div>
  );
}
