// The words of an "Add to compare" button in each state. The server renders the "out" words;
// the page's controller (compare-toggles.ts) swaps them, so both read from here. The sign before
// them (+ or ✓) is drawn by CSS from the button's data-state (app/globals.css).

export type CompareToggleState = 'in' | 'out';

export const COMPARE_TOGGLE_WORDS: Record<CompareToggleState, { verb: string; preposition: string }> = {
  out: { verb: 'Add', preposition: 'to' },
  in: { verb: 'Remove', preposition: 'from' },
};

export function compareRefusal(name: string, max: number): string {
  return `You can compare up to ${max} procedures. Remove one from the compare tray to add ${name}.`;
}
