import { CONDITIONS, type ConditionId } from './conditions';

// Applies the visitor's conditions to whatever the page shows, in the browser only: every
// element carrying data-condition="<id>" that matches gets data-matched, and each container marked
// data-caution-scope="<name>" (a card, a compare cell, a plan option) that holds a match gets
// data-flagged. CSS then reveals the "Flagged for you" lines; nothing is ever hidden.
// A compact summary (a card's one cautions link) carries data-conditions="<id> <id>…" instead of
// one hidden line per condition: a match marks it and writes the conditions' names into its
// data-flag-slot, the one place a card says why it is flagged.
// Pure DOM, no React: the panel calls it after every change to the page.

export const SCOPE_ATTRIBUTE = 'data-caution-scope';

const CONDITION_NAMES = new Map<string, string>(CONDITIONS.map((condition) => [condition.id, condition.label]));

export type FlagResult = { flagged: string[] };

export function applyFlags(root: ParentNode, selected: readonly ConditionId[]): FlagResult {
  const wanted = new Set<string>(selected);
  // data-condition-none marks "no caution found for this condition": highlighted, but never a flag.
  for (const element of root.querySelectorAll<HTMLElement>('[data-condition], [data-condition-none]')) {
    const match = wanted.has(element.dataset.condition ?? element.dataset.conditionNone ?? '');
    if (match !== element.hasAttribute('data-matched')) element.toggleAttribute('data-matched', match);
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-conditions]')) {
    const names = (element.dataset.conditions ?? '')
      .split(' ')
      .filter((id) => wanted.has(id))
      .map((id) => CONDITION_NAMES.get(id) ?? id);
    if (names.length > 0 !== element.hasAttribute('data-matched')) element.toggleAttribute('data-matched', names.length > 0);
    const slot = element.querySelector('[data-flag-slot]');
    const text = names.length > 0 ? `Flagged for you: ${names.join('; ')}.` : '';
    if (slot && slot.textContent !== text) slot.textContent = text;
  }
  const flagged: string[] = [];
  for (const scope of root.querySelectorAll<HTMLElement>(`[${SCOPE_ATTRIBUTE}]`)) {
    const hit = scope.querySelector('[data-condition][data-matched], [data-conditions][data-matched]') !== null;
    if (hit !== scope.hasAttribute('data-flagged')) scope.toggleAttribute('data-flagged', hit);
    if (hit) flagged.push(scope.getAttribute(SCOPE_ATTRIBUTE) ?? '');
  }
  return { flagged: [...new Set(flagged)] };
}

/** The sentence the panel announces after applying flags. */
export function describeFlags(selected: readonly ConditionId[], result: FlagResult): string {
  if (selected.length === 0) return 'Nothing ticked: cautions are shown for every condition, none flagged.';
  const count = result.flagged.length;
  if (count === 0)
    return 'No option on this page has a sourced caution for what you ticked. That does not mean it is safe for you: ask your provider.';
  const names = result.flagged.join(', ');
  return `Flagged for you on this page (${count}): ${names}. Nothing is hidden.`;
}
