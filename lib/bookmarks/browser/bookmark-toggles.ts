import { setAttributeIfChanged, type PageController } from '../../page-controller';
import { setBookmarkSaved, undoToggleRemoval, type ToggleResult } from '../server/actions';
import { ERROR_MESSAGES, BOOKMARK_TOGGLE_LABELS } from '../messages';
import { getSavedSnapshot, isSaved, markSaved, subscribeSaved } from './saved-store';
import type { UndoPayload } from '../schema';
import { NOTE_LINK_CLASS, noteCopy, noteId, outcomeFromHash } from './toggle-notes';

// Behaviour for every bookmark toggle on the page (server markup from
// components/bookmarks/bookmark-toggle.tsx): one delegated submit and click listener and one
// subscription to the saved-state store for all of them. A submit is taken over (no page load):
// the button flips at once, the server action confirms or the button flips back with a message.

const CONTROL = '[data-bookmark-toggle]';
const OFFLINE: ToggleResult = { ok: false, error: 'unavailable', message: ERROR_MESSAGES.unavailable };

/** What only this control knows: a request in flight, the state it shows meanwhile, the removal to undo. */
type Local = { busy: boolean; optimistic: boolean | null; removed: UndoPayload | null };

type Parts = {
  control: HTMLElement;
  slug: string;
  name: string;
  button: HTMLButtonElement;
  label: HTMLElement;
  intent: HTMLInputElement;
  undo: HTMLButtonElement;
  status: HTMLElement;
};

function partsOf(control: HTMLElement): Parts | null {
  const slug = control.dataset.bookmarkToggle;
  const button = control.querySelector<HTMLButtonElement>('button[aria-pressed]');
  const label = control.querySelector<HTMLElement>('[data-bookmark-label]');
  const intent = control.querySelector<HTMLInputElement>('input[name="intent"]');
  const undo = control.querySelector<HTMLButtonElement>('[data-bookmark-undo]');
  const status = control.querySelector<HTMLElement>('[data-bookmark-status]');
  if (!slug || !button || !label || !intent || !undo || !status) return null;
  return { control, slug, name: control.dataset.name ?? slug, button, label, intent, undo, status };
}

export function startBookmarkToggles(root: Document): PageController {
  const locals = new WeakMap<HTMLElement, Local>();
  const local = (control: HTMLElement): Local => {
    let state = locals.get(control);
    if (!state) locals.set(control, (state = { busy: false, optimistic: null, removed: null }));
    return state;
  };
  /** What the button shows: the pending request's state, else the store's (unknown reads as not saved). */
  const shownFor = (parts: Parts, saved = isSaved(getSavedSnapshot(), parts.slug)) => local(parts.control).optimistic ?? saved ?? false;

  function render(parts: Parts): void {
    const { busy, removed } = local(parts.control);
    const saved = isSaved(getSavedSnapshot(), parts.slug);
    const shown = shownFor(parts, saved);
    setAttributeIfChanged(parts.button, 'data-state', saved === null && !busy ? 'unknown' : shown ? 'saved' : 'unsaved');
    setAttributeIfChanged(parts.button, 'aria-pressed', String(shown));
    setAttributeIfChanged(parts.button, 'aria-busy', String(busy));
    const word = shown ? BOOKMARK_TOGGLE_LABELS.saved : BOOKMARK_TOGGLE_LABELS.unsaved;
    if (parts.label.textContent !== word) parts.label.textContent = word;
    // Kept in step for a post that is not taken over (the controller stopped mid-navigation).
    setAttributeIfChanged(parts.intent, 'value', shown ? 'remove' : 'save');
    if (parts.undo.hidden !== !(removed && !shown)) parts.undo.hidden = !(removed && !shown);
  }

  function say(parts: Parts, text: string, error = false): void {
    parts.status.toggleAttribute('data-error', error && text !== '');
    parts.status.textContent = text;
  }

  /** The note a plain form post came back with (a click before this script ran), once per control. */
  const posted = new WeakSet<HTMLElement>();
  function showPostedNote(parts: Parts): void {
    if (posted.has(parts.control)) return;
    posted.add(parts.control);
    const outcome = outcomeFromHash(window.location.hash, parts.slug);
    if (!outcome) return;
    const { text, link, className } = noteCopy(outcome, parts.slug, parts.name);
    const note = root.createElement('p');
    note.id = noteId(outcome, parts.slug);
    note.className = className;
    note.dataset.bookmarkPosted = '';
    note.append(text);
    if (link) {
      const anchor = root.createElement('a');
      anchor.href = link.href;
      anchor.className = NOTE_LINK_CLASS;
      anchor.textContent = link.label;
      note.append(' ', anchor);
    }
    parts.status.after(note);
    // The browser's own jump to the fragment happened before this note existed.
    note.scrollIntoView({ block: 'center' });
  }

  function run(parts: Parts, optimistic: boolean, send: () => Promise<ToggleResult>, done: (result: ToggleResult & { ok: true }) => void) {
    const state = local(parts.control);
    if (state.busy) return;
    state.busy = true;
    state.optimistic = optimistic;
    parts.control.querySelector('[data-bookmark-posted]')?.remove();
    say(parts, '');
    render(parts);
    void send()
      .catch(() => OFFLINE)
      .then((result) => {
        state.busy = false;
        state.optimistic = null;
        if (result.ok) {
          done(result);
          // Every toggle for this procedure re-renders from the store.
          markSaved(parts.slug, result.saved);
        } else {
          say(parts, `${parts.name} was not ${optimistic ? 'saved' : 'removed'}. ${result.message}`, true);
        }
        render(parts);
      });
  }

  const onSubmit = (event: Event) => {
    const control = (event.target as Element | null)?.closest?.<HTMLElement>(CONTROL);
    const parts = control ? partsOf(control) : null;
    if (!parts) return;
    // Taken over even while busy: a double click must not post the plain form either.
    event.preventDefault();
    const next = !shownFor(parts);
    run(
      parts,
      next,
      () => setBookmarkSaved({ slug: parts.slug, saved: next }),
      (result) => {
        local(parts.control).removed = result.removed;
        say(parts, result.saved ? `Saved ${parts.name}.` : `Removed ${parts.name} from your saved list.`);
      },
    );
  };

  const onClick = (event: Event) => {
    const undo = (event.target as Element | null)?.closest?.('[data-bookmark-undo]');
    const control = undo?.closest<HTMLElement>(CONTROL);
    const parts = control ? partsOf(control) : null;
    const payload = control ? local(control).removed : null;
    if (!parts || !payload) return;
    run(
      parts,
      true,
      () => undoToggleRemoval(payload),
      () => {
        local(parts.control).removed = null;
        say(parts, `${parts.name} is back in your saved list.`);
      },
    );
  };

  let unsubscribe: (() => void) | null = null;
  const renderAll = () => {
    for (const control of root.querySelectorAll<HTMLElement>(CONTROL)) {
      const parts = partsOf(control);
      if (parts) render(parts);
    }
  };
  const refresh = () => {
    const controls = root.querySelectorAll<HTMLElement>(CONTROL);
    // The visitor's saved list is fetched only on pages that show a toggle.
    if (controls.length > 0 && !unsubscribe) unsubscribe = subscribeSaved(renderAll);
    if (controls.length === 0 && unsubscribe) {
      unsubscribe();
      unsubscribe = null;
    }
    for (const control of controls) {
      const parts = partsOf(control);
      if (!parts) continue;
      render(parts);
      showPostedNote(parts);
    }
  };

  // Capture phase: before React's own form-action handling sees the submit (it leaves alone a
  // submit whose default was prevented).
  root.addEventListener('submit', onSubmit, true);
  root.addEventListener('click', onClick);
  refresh();
  return {
    refresh,
    stop: () => {
      root.removeEventListener('submit', onSubmit, true);
      root.removeEventListener('click', onClick);
      unsubscribe?.();
      unsubscribe = null;
    },
  };
}
