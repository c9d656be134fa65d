import type { QueryInput } from '../../http/query-entries';
import type { ListRegistry } from './filter-kinds';
import { LIST_REGISTRY, type ListParams } from './filter-registry';
import { formToCanonicalQuery, toCanonicalQuery, type QueryValue } from './query-string';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, SORT_KEYS, type SortKey } from './filter-registry';

// The catalog list's URL: field order, defaults and the canonical query string, from the filter
// registry. search-params.ts builds the zod schema from the same registry
// (tests/procedures/list-url.test.ts checks that they agree).

export type ListField = keyof ListParams;

/** Every list field, in the order the canonical query string lists them. */
export const LIST_FIELDS = LIST_REGISTRY.url.fields as readonly ListField[];

/** The fields that take several values (?category=a&category=b). */
export const REPEATABLE_LIST_FIELDS: ReadonlySet<string> = LIST_REGISTRY.repeatable;

/** Values a canonical URL leaves out because they are what an absent field means. */
export const LIST_DEFAULTS: Partial<Record<ListField, string | number>> = LIST_REGISTRY.url.defaults;

/** The canonical query string: defaults omitted, stable order (shareable, cache-friendly). */
export function toSearchString(params: Partial<Record<ListField, QueryValue>>, registry: ListRegistry = LIST_REGISTRY): string {
  return toCanonicalQuery(params, registry.url);
}

/** The canonical query for a submitted filter form; see formToCanonicalQuery. */
export function formToSearchString(data: QueryInput, registry: ListRegistry = LIST_REGISTRY): string {
  return formToCanonicalQuery(data, registry.url);
}
