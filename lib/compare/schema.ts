import { z } from 'zod';
import { slugSchema } from '../procedures/slug';
import { MAX_COMPARE } from './limits';

// The /compare URL is the whole state: `ids` (comma-separated slugs) and `only=diff`.
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

export function selectSlugs(tokens: string[]): Omit<CompareSelection, 'onlyDiff'> {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const token of tokens) (slugSchema.safeParse(token).success ? valid : invalid).push(token);
  return { slugs: valid.slice(0, MAX_COMPARE), invalid, overLimit: valid.slice(MAX_COMPARE) };
}

type ParamSource = URLSearchParams | Record<string, RawParam>;

function readParam(source: ParamSource, key: string): RawParam {
  if (source instanceof URLSearchParams) {
    const values = source.getAll(key);
    return values.length === 0 ? undefined : values;
  }
  return source[key];
}

/** Lenient parse for the page: never throws, every problem is reported in the selection. */
export function parseCompareParams(source: ParamSource): CompareSelection {
  const tokens = idTokensSchema.catch([]).parse(readParam(source, 'ids') ?? []);
  const only = readParam(source, 'only');
  const onlyDiff = onlySchema.safeParse(Array.isArray(only) ? only[0] : only).success;
  return { ...selectSlugs(tokens), onlyDiff };
}

export const compareApiParamsSchema = z
  .object({
    ids: idTokensSchema.pipe(z.array(slugSchema)),
    only: onlySchema.optional(),
  })
  .strict();

/** Strict parse for GET /api/compare: malformed ids and unknown parameters are 400s. */
export function parseCompareApiParams(
  params: URLSearchParams,
): { success: true; data: CompareSelection } | { success: false; error: z.ZodError } {
  const raw: Record<string, string | string[]> = Object.create(null); // ?__proto__= is a key too
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    raw[key] = key === 'ids' ? values : (values[0] ?? '');
  }
  const result = compareApiParamsSchema.safeParse(raw);
  if (!result.success) return result;
  return { success: true, data: { ...selectSlugs(result.data.ids), onlyDiff: result.data.only === 'diff' } };
}
