import { getQueryFromForm, type FilterFormState } from './filter-form-state';
import type { ListRegistry } from './filter-kinds';
import { LIST_REGISTRY, type ListParams } from './filter-registry';

export { applyFilterFormState, type FilterFormState } from './filter-form-state';

// Bridges the filter form and the URL in both directions, for a registry. The form's client
// wrapper runs the registry-free half (filter-form-state.ts) with the URL shape it is given.

/** The canonical query for a submitted filter form ("" or "?a=b..."); see formToCanonicalQuery. */
export function getQueryFromFormData(data: FormData | URLSearchParams, registry: ListRegistry = LIST_REGISTRY): string {
  return getQueryFromForm(data, registry.url);
}

/**
 * What every input of the filter form should show for `params`. The client wrapper applies it
 * when the URL changes under a mounted form (back/forward), where uncontrolled inputs would
 * otherwise keep showing the state the visitor left.
 */
export function getFilterFormState(params: ListParams, registry: ListRegistry = LIST_REGISTRY): FilterFormState {
  const values: Readonly<Record<string, unknown>> = params;
  const state: FilterFormState = {};
  for (const { key, value: spec, inForm } of registry.fields) {
    if (!inForm) continue;
    const value = values[key];
    // A list shows its ticked values; any other field its one value, or its blank choice when unset.
    state[key] = spec.kind === 'anyOf' ? (value as string[]) : [value === undefined ? '' : String(value)];
  }
  return state;
}
