import { toRawQuery, type QueryInput } from '../http/query-entries';

// The catalog list's URL without zod: field order, defaults and the canonical query string.
// The filter form's client code needs only this, and importing the zod schema there would add
// about 30 KB gzip to /procedures. search-params.ts builds its schema on these same constants
// (tests/procedures/list-url.test.ts checks that they agree).

export const SORT_KEYS = ['recovery', 'cost', 'risk', 'name'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const DEFAULT_PAGE_SIZE = 12;
export const MAX_PAGE_SIZE = 100;

/** Every list field, in the order the canonical query string lists them. */
export const LIST_FIELDS = [
  'q',
  'recoveryMaxDays',
  'invasiveness',
  'category',
  'specialty',
  'risk',
  'costMax',
  'concern',
  'area',
  'sort',
  'page',
  'pageSize',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/** The fields that take several values (?category=a&category=b). */
export const REPEATABLE_FIELD_NAMES = ['invasiveness', 'category', 'risk', 'concern', 'area'] as const satisfies readonly ListField[];
export const REPEATABLE_LIST_FIELDS: ReadonlySet<string> = new Set<ListField>(REPEATABLE_FIELD_NAMES);

/** Values a canonical URL leaves out because they are what an absent field means. */
export const LIST_DEFAULTS: Partial<Record<ListField, string | number>> = { sort: 'recovery', page: 1, pageSize: DEFAULT_PAGE_SIZE };

type QueryValue = string | number | readonly (string | number)[] | undefined;

/** The canonical query string: defaults omitted, stable order (shareable, cache-friendly). */
export function toSearchString(params: Partial<Record<ListField, QueryValue>>): string {
  const out = new URLSearchParams();
  for (const key of LIST_FIELDS) {
    const value = params[key];
    const fallback = LIST_DEFAULTS[key];
    if (value === undefined || (fallback !== undefined && String(value) === String(fallback))) continue;
    if (Array.isArray(value)) [...value].map(String).sort().forEach((v) => out.append(key, v));
    else out.set(key, String(value));
  }
  const text = out.toString();
  return text ? `?${text}` : '';
}

/**
 * The canonical query for a submitted filter form ("" or "?a=b..."). Blank fields drop out and
 * the page resets, because a new set of filters starts again at page 1. Values are not checked
 * here: the form only offers valid ones, and the page reports any other with a notice.
 */
export function formToSearchString(data: QueryInput): string {
  const raw = toRawQuery(data, REPEATABLE_LIST_FIELDS);
  const params: Partial<Record<ListField, QueryValue>> = {};
  for (const key of LIST_FIELDS) {
    const value = raw[key];
    if (key !== 'page' && value !== undefined) params[key] = typeof value === 'string' ? value.trim() : value;
  }
  return toSearchString(params);
}
