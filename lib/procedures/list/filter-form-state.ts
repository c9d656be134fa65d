import { formToCanonicalQuery, type UrlShape } from './query-string';

// The browser half of the filter form's bridge to the URL: what the form's client wrapper runs.
// It reads the URL's plain shape, handed over by the server, rather than the filter registry,
// so neither the registry's labels nor zod nor the database layer reach the page's JavaScript.

/** Field name -> the values its inputs should show; a field missing here shows its blank choice. */
export type FilterFormState = Record<string, string[]>;

/** The canonical query for the form's current inputs ("" or "?a=b..."); see formToCanonicalQuery. */
export function getQueryFromForm(data: FormData | URLSearchParams, url: UrlShape): string {
  const search = new URLSearchParams();
  for (const [key, value] of data.entries()) {
    if (typeof value === 'string') search.append(key, value);
  }
  return formToCanonicalQuery(search, url);
}

type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isFormControl(element: Element): element is FormControl {
  return element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement;
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
