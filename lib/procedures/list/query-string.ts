import { toRawQuery, type QueryInput } from '../../http/query-entries';

// The canonical query string of a list, from the plain shape of its URL (field order, list fields,
// defaults). Free of the registry, zod and the database: the filter form's browser code runs it
// with the shape the server hands it, so the registry's labels and value lists stay off the page.

/** What the canonical query string needs to know about a list's URL; plain data, passed to the browser. */
export type UrlShape = {
  /** Every field, in the order the canonical query string lists them. */
  readonly fields: readonly string[];
  /** The fields that take several values (?category=a&category=b). */
  readonly repeatable: readonly string[];
  /** Values a canonical URL leaves out because they are what an absent field means. */
  readonly defaults: Readonly<Record<string, string | number>>;
};

export type QueryValue = string | number | readonly (string | number)[] | undefined;

/** The canonical query string: defaults omitted, stable order (shareable, cache-friendly). */
export function toCanonicalQuery(params: Readonly<Record<string, QueryValue>>, shape: UrlShape): string {
  const out = new URLSearchParams();
  for (const key of shape.fields) {
    const value = params[key];
    const fallback = shape.defaults[key];
    if (value === undefined || (fallback !== undefined && String(value) === String(fallback))) continue;
    if (Array.isArray(value))
      [...value]
        .map(String)
        .sort()
        .forEach((v) => out.append(key, v));
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
export function formToCanonicalQuery(data: QueryInput, shape: UrlShape): string {
  const raw = toRawQuery(data, new Set(shape.repeatable));
  const params: Record<string, QueryValue> = {};
  for (const key of shape.fields) {
    const value = raw[key];
    if (key !== 'page' && value !== undefined) params[key] = typeof value === 'string' ? value.trim() : value;
  }
  return toCanonicalQuery(params, shape);
}
