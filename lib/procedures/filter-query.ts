import { formToSearchString } from './list-url';
import type { ListParams } from './search-params';

// Bridges the filter form and the URL in both directions. The filter form's client wrapper
// imports it, so it must stay free of zod (too heavy for the page) and of the database layer.

/** The canonical query for a submitted filter form ("" or "?a=b..."); see formToSearchString. */
export function getQueryFromFormData(data: FormData | URLSearchParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of data.entries()) {
    if (typeof value === 'string') search.append(key, value);
  }
  return formToSearchString(search);
}

/** Field name -> the values its inputs should show; a field missing here shows its blank choice. */
export type FilterFormState = Record<string, string[]>;

/**
 * What every input of the filter form should show for `params`. The client wrapper applies it
 * when the URL changes under a mounted form (back/forward), where uncontrolled inputs would
 * otherwise keep showing the state the visitor left.
 */
export function getFilterFormState(params: ListParams): FilterFormState {
  const one = (value: string | number | undefined) => (value === undefined ? [''] : [String(value)]);
  return {
    q: one(params.q),
    recoveryMaxDays: one(params.recoveryMaxDays),
    specialty: one(params.specialty),
    costMax: one(params.costMax),
    sort: [params.sort],
    invasiveness: params.invasiveness,
    category: params.category,
    risk: params.risk,
    concern: params.concern,
    area: params.area,
  };
}

type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isFormControl(element: Element): element is FormControl {
  return (
    element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement
  );
}

/**
 * Makes the form's inputs show `state`. The focused text field is left alone so a visitor's
 * typing is never overwritten by the (older) value a debounced navigation is still rendering.
 */
export function applyFilterFormState(form: HTMLFormElement, state: FilterFormState): void {
  for (const element of Array.from(form.elements)) {
    if (!isFormControl(element) || !element.name || !(element.name in state)) continue;
    const values = state[element.name] ?? [];
    if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
      element.checked = values.includes(element.value);
    } else if (element instanceof HTMLInputElement && element.type === 'hidden') {
      continue;
    } else if (element !== element.ownerDocument.activeElement) {
      element.value = values[0] ?? '';
    }
  }
}
