import { z } from 'zod';
import { parseLeniently } from '../http/query-entries';
import { slugSchema } from '../procedures/slug';
import { MAX_COMPARE } from './url';

// The /compare URL is the whole state: `ids` (comma-separated slugs), `only=diff`, and on the page
// `view=details` (the full table; `only=diff` shows it too).
// The page parses leniently (every URL renders, problems become notices); the API parses
// strictly for malformed ids (400 with issues) but, like the page, caps and reports the rest.

export type RawParam = string | string[] | undefined;

/** Raw `ids` values (repeated or comma-separated) → trimmed, non-empty, first occurrence kept. */
export const idTokensSchema = z
  .union([z.string(), z.array(z.string())], { error: 'is required: a comma-separated list of procedure slugs' })
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((part) => part.split(',')))
  .transform((parts) => [...new Set(parts.map((part) => part.trim()).filter(Boolean))]);

const onlySchema = z.literal('diff');

export type CompareSelection = {
  /** Valid slugs to look up, in the order given, at most MAX_COMPARE. */
  slugs: string[];
  /** Tokens that are not slugs, as typed (render as text, never as markup). */
  invalid: string[];
  /** Valid slugs beyond the limit, dropped. */
  overLimit: string[];
  onlyDiff: boolean;
};

/** The page's view as well: the full table of details and sources, or the key differences only. */
export type ComparePageSelection = CompareSelection & { details: boolean };

export function selectSlugs(tokens: string[]): Omit<CompareSelection, 'onlyDiff'> {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const token of tokens) (slugSchema.safeParse(token).success ? valid : invalid).push(token);
  return { slugs: valid.slice(0, MAX_COMPARE), invalid, overLimit: valid.slice(MAX_COMPARE) };
}

type ParamSource = URLSearchParams | Record<string, RawParam>;

/**
 * The query as the schemas read it: every `ids` value (idTokensSchema splits them on commas), the
 * first value of any other key. Unlike the other pages' toRawQuery, a blank value is kept: the
 * API refuses `only=`. Keys are data (`?__proto__=` too), and only string values are read.
 */
export function toRawCompareQuery(source: ParamSource): Record<string, string | string[]> {
  const entries: [string, string[]][] =
    source instanceof URLSearchParams
      ? [...new Set(source.keys())].map((key) => [key, source.getAll(key)])
      : Object.entries(source).map(([key, value]) => [key, (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string')]);
  const raw: Record<string, string | string[]> = Object.create(null);
  for (const [key, values] of entries) {
    const [first] = values;
    if (first !== undefined) raw[key] = key === 'ids' ? values : first;
  }
  return raw;
}

/** The /compare URL's fields. The page reads them leniently; the API also requires every id to be a slug. */
const compareFields = { ids: idTokensSchema, only: onlySchema.optional() };
const comparePageFields = { ...compareFields, view: z.literal('details').optional() };
const comparePageSchema = z.object({ ...comparePageFields, ids: idTokensSchema.default([]) });

/** Lenient parse for the page: never throws, every problem is reported in the selection. */
export function parseCompareParams(source: ParamSource): ComparePageSelection {
  // A bad `only` is dropped (so not "diff"); other keys are not ours to judge here.
  const { data } = parseLeniently(comparePageFields, comparePageSchema, toRawCompareQuery(source));
  const onlyDiff = data.only === 'diff';
  return { ...selectSlugs(data.ids), onlyDiff, details: onlyDiff || data.view === 'details' };
}

export const compareApiParamsSchema = z.object({ ...compareFields, ids: idTokensSchema.pipe(z.array(slugSchema)) }).strict();

/** Strict parse for GET /api/compare: malformed ids and unknown parameters are 400s. */
export function parseCompareApiParams(
  params: URLSearchParams,
): { success: true; data: CompareSelection } | { success: false; error: z.ZodError } {
  const result = compareApiParamsSchema.safeParse(toRawCompareQuery(params));
  if (!result.success) return result;
  return { success: true, data: { ...selectSlugs(result.data.ids), onlyDiff: result.data.only === 'diff' } };
}
