import { setAttributeIfChanged, type PageController } from '../../page-controller';
import { setBookmarkSaved, undoToggleRemoval, type ToggleResult } from '../server/actions';
import { ERROR_MESSAGES, BOOKMARK_TOGGLE_LABELS } from '../messages';
import { trackWrite } from './pending-writes';
import { getSavedSnapshot, isSaved, markSaved, subscribeSaved } from './saved-store';
import type { UndoPayload } from '../schema';
import { NOTE_LINK_CLASS, noteCopy, noteId, outcomeFromHash } from './toggle-notes';

// Behaviour for every bookmark toggle on the page (server markup from
// components/bookmarks/bookmark-toggle.tsx): one delegated submit and click listener and one
// subscription to the saved-state store for all of them. A submit is taken over (no page load):
// the button says "Saving…" until the server action answers, then "Saved", or keeps its state
// and offers "Try again" with the reason. "Saved" is never shown for a write still in flight, and
// the write is registered (pending-writes.ts) so a link to the list waits for it.

const CONTROL = '[data-bookmark-toggle]';
const OFFLINE: ToggleResult = { ok: false, error: 'unavailable', message: ERROR_MESSAGES.unavailable };

/** What only this control knows: a request in flight and the state it asks for, the removal to undo, the failed request. */
type Local = { busy: boolean; asking: boolean | null; removed: UndoPayload | null; retry: (() => void) | null };

type Parts = {
  control: HTMLElement;
  slug: string;
  name: string;
  button: HTMLButtonElement;
  label: HTMLElement;
  status: HTMLElement;
};

// Undo and Try again exist only while they apply: built here, not rendered hidden on every card.
const EXTRA_BUTTONS = {
  undo: { attribute: 'data-bookmark-undo', word: 'Undo', srText: (name: string) => `removing ${name}` },
  retry: { attribute: 'data-bookmark-retry', word: 'Try again', srText: (name: string) => `for ${name}` },
} as const;

/** Shows or removes one of a control's extra buttons, placed after its form. */
function showExtraButton(parts: Parts, kind: keyof typeof EXTRA_BUTTONS, shown: boolean): void {
  const { attribute, word, srText } = EXTRA_BUTTONS[kind];
  const existing = parts.control.querySelector<HTMLButtonElement>(`[${attribute}]`);
  if (!shown) {
    existing?.remove();
    return;
  }
  if (existing) return;
  const doc = parts.control.ownerDocument;
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute(attribute, '');
  button.className = 'bookmark-undo';
  const hidden = doc.createElement('span');
  hidden.className = 'sr-only';
  hidden.textContent = srText(parts.name);
  button.append(`${word} `, hidden);
  const form = parts.button.closest('form') ?? parts.button;
  const after = kind === 'retry' ? (parts.control.querySelector('[data-bookmark-undo]') ?? form) : form;
  after.after(button);
}

function partsOf(control: HTMLElement): Parts | null {
  const slug = control.dataset.bookmarkToggle;
  const button = control.querySelector<HTMLButtonElement>('button[aria-pressed]');
  const label = control.querySelector<HTMLElement>('[data-bookmark-label]');
  const status = control.querySelector<HTMLElement>('[data-bookmark-status]');
  if (!slug || !button || !label || !status) return null;
  return { control, slug, name: control.dataset.name ?? slug, button, label, status };
}

export function startBookmarkToggles(root: Document): PageController {
  const locals = new WeakMap<HTMLElement, Local>();
  const local = (control: HTMLElement): Local => {
    let state = locals.get(control);
    if (!state) locals.set(control, (state = { busy: false, asking: null, removed: null, retry: null }));
    return state;
  };
  /** What the server has confirmed (unknown reads as not saved): the button never runs ahead of it. */
  const savedNow = (parts: Parts) => isSaved(getSavedSnapshot(), parts.slug) ?? false;

  function render(parts: Parts): void {
    const { busy, asking, removed, retry } = local(parts.control);
    const saved = isSaved(getSavedSnapshot(), parts.slug);
    const shown = saved ?? false;
    setAttributeIfChanged(parts.button, 'data-state', busy ? 'pending' : saved === null ? 'unknown' : shown ? 'saved' : 'unsaved');
    setAttributeIfChanged(parts.button, 'aria-pressed', String(shown));
    setAttributeIfChanged(parts.button, 'aria-busy', String(busy));
    const labels = BOOKMARK_TOGGLE_LABELS;
    const word = busy ? (asking ? labels.saving : labels.removing) : shown ? labels.saved : labels.unsaved;
    if (parts.label.textContent !== word) parts.label.textContent = word;
    // Kept in step for a post that is not taken over (the controller stopped mid-navigation).
    setAttributeIfChanged(parts.button, 'value', shown ? 'remove' : 'save');
    showExtraButton(parts, 'undo', Boolean(removed && !shown && !busy));
    showExtraButton(parts, 'retry', Boolean(retry && !busy));
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
    const { text, link, className } = noteCopy(outcome, parts.slug);
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

  function run(parts: Parts, asking: boolean, send: () => Promise<ToggleResult>, done: (result: ToggleResult & { ok: true }) => void) {
    const state = local(parts.control);
    if (state.busy) return;
    state.busy = true;
    state.asking = asking;
    state.retry = null;
    parts.control.querySelector('[data-bookmark-posted]')?.remove();
    say(parts, asking ? `Saving ${parts.name}…` : `Removing ${parts.name}…`);
    render(parts);
    void trackWrite(send().catch(() => OFFLINE)).then((result) => {
      state.busy = false;
      state.asking = null;
      if (result.ok) {
        done(result);
        // Every toggle for this procedure re-renders from the store.
        markSaved(parts.slug, result.saved);
      } else {
        state.retry = () => run(parts, asking, send, done);
        say(parts, `${parts.name} was not ${asking ? 'saved' : 'removed'}. ${result.message}`, true);
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
    const next = !savedNow(parts);
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
    const retryButton = (event.target as Element | null)?.closest?.('[data-bookmark-retry]');
    const retrying = retryButton?.closest<HTMLElement>(CONTROL);
    if (retrying) {
      local(retrying).retry?.();
      return;
    }
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
