import type { PageController } from '../page-controller';
import { MAX_COMPARE } from './url';
import { COMPARE_TOGGLE_WORDS, compareRefusal, type CompareToggleState } from './toggle-words';
import { addToTray, getTraySnapshot, inTray, removeFromTray, subscribeTray, type TrayItem } from './tray-store';

// Behaviour for every "Add to compare" control on the page (server markup from
// components/compare/add-to-compare-button.tsx): one delegated click listener and one tray
// subscription for all of them, instead of a hydrated component per card. The server renders a
// link to /compare (what works without JavaScript); once the tray is read, this makes it a toggle
// button: role, Space to press, and a click that changes the tray instead of leaving the page.

const CONTROL = '[data-compare-toggle]';

type Parts = { slug: string; name: string; button: HTMLElement; refusal: HTMLElement };

function partsOf(control: HTMLElement): Parts | null {
  const button = control.querySelector<HTMLElement>('.compare-toggle');
  const refusal = control.querySelector<HTMLElement>('[data-compare-refusal]');
  const slug = control.dataset.compareToggle;
  if (!button || !refusal || !slug) return null;
  return { slug, name: control.dataset.name ?? slug, button, refusal };
}

let refusalIds = 0;

function showRefusal({ button, refusal, name }: Parts): void {
  refusal.id ||= `compare-refusal-${++refusalIds}`;
  refusal.textContent = compareRefusal(name, MAX_COMPARE);
  button.setAttribute('aria-describedby', refusal.id);
}

function withdrawRefusal({ button, refusal }: Parts): void {
  if (!refusal.textContent) return;
  refusal.textContent = '';
  button.removeAttribute('aria-describedby');
}

function render(parts: Parts, items: readonly TrayItem[]): void {
  const held = inTray(items, parts.slug);
  const state: CompareToggleState = held ? 'in' : 'out';
  const { button } = parts;
  if (button.getAttribute('role') !== 'button') button.setAttribute('role', 'button');
  if (button.dataset.state !== state) {
    button.dataset.state = state;
    const name = button.querySelector('.sr-only');
    const words = COMPARE_TOGGLE_WORDS[state];
    if (name?.parentElement) name.parentElement.replaceChildren(`${words.verb} `, name, ` ${words.preposition} compare`);
  }
  // The refusal stops being true once a place frees up (here or in another tab): drop it then,
  // so it cannot come back by itself when the tray fills up again.
  if (held || items.length < MAX_COMPARE) withdrawRefusal(parts);
}

export function startCompareToggles(root: Document): PageController {
  const refresh = () => {
    const items = getTraySnapshot();
    for (const control of root.querySelectorAll<HTMLElement>(CONTROL)) {
      const parts = partsOf(control);
      if (parts) render(parts, items);
    }
  };

  const onClick = (event: Event) => {
    const button = (event.target as Element | null)?.closest?.('.compare-toggle');
    const control = button?.closest<HTMLElement>(CONTROL);
    const parts = control ? partsOf(control) : null;
    // Until the tray is read (no role yet) the link still opens /compare.
    if (!parts || parts.button !== button || button.getAttribute('role') !== 'button') return;
    event.preventDefault();
    if (inTray(getTraySnapshot(), parts.slug)) {
      removeFromTray(parts.slug);
      withdrawRefusal(parts);
    } else if (addToTray({ slug: parts.slug, name: parts.name }).ok) {
      withdrawRefusal(parts);
    } else {
      showRefusal(parts);
    }
  };

  // A button is pressed with Space as well as Enter (a link only knows Enter).
  const onKeyDown = (event: KeyboardEvent) => {
    const button = (event.target as Element | null)?.closest?.('.compare-toggle[role="button"]');
    if (event.key !== ' ' || !button?.closest(CONTROL)) return;
    event.preventDefault();
    (button as HTMLElement).click();
  };

  root.addEventListener('click', onClick);
  root.addEventListener('keydown', onKeyDown);
  const unsubscribe = subscribeTray(refresh);
  refresh();
  return {
    refresh,
    stop: () => {
      root.removeEventListener('click', onClick);
      root.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    },
  };
}
