import * as z from 'zod/mini';
import { toRawQuery, type QueryInput } from '../http/query-entries';
import { BODY_AREAS, CATEGORIES, CONCERNS, INVASIVENESS, RISK_LEVELS, SPECIALTIES } from './constants';

// The one description of the catalog list's URL state, shared by /procedures and
// GET /api/procedures. The API parses strictly (400 with issues); pages parse leniently:
// a bad value falls back to its default and is reported, so any URL renders.
// Written with zod/mini because the filter form's client code parses URLs with it too: the
// full zod build would add ~30 KB gzip to /procedures. Error texts come from the English locale
// that full zod installs on the server (lib/env.ts imports it); the client never shows them.

export const SORT_KEYS = ['recovery', 'cost', 'risk', 'name'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const DEFAULT_PAGE_SIZE = 24;
export const MAX_PAGE_SIZE = 100;

const wholeNumber = (max: number) =>
  z.pipe(
    z.pipe(z.string().check(z.trim(), z.regex(/^\d+$/, 'must be a whole number')), z.transform(Number)),
    z.int().check(z.minimum(0), z.maximum(max)),
  );

const atLeastOne = (schema: ReturnType<typeof wholeNumber>) => z.pipe(schema, z.number().check(z.minimum(1, 'must be 1 or more')));

const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(20));

export const listFields = {
  q: z.optional(
    z.string().check(
      z.trim(),
      z.maxLength(100, 'must be at most 100 characters'),
      // Postgres text cannot hold NUL, and no name contains control characters.
      z.regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters'),
    ),
  ),
  recoveryMaxDays: z.optional(wholeNumber(3650)),
  invasiveness: z._default(list(z.enum(INVASIVENESS)), []),
  category: z._default(list(z.enum(CATEGORIES)), []),
  specialty: z.optional(z.enum(SPECIALTIES)),
  risk: z._default(list(z.enum(RISK_LEVELS)), []),
  costMax: z.optional(wholeNumber(10_000_000)),
  concern: z._default(list(z.enum(CONCERNS)), []),
  area: z._default(list(z.enum(BODY_AREAS)), []),
  sort: z._default(z.enum(SORT_KEYS), 'recovery'),
  page: z._default(atLeastOne(wholeNumber(100_000)), 1),
  pageSize: z._default(atLeastOne(wholeNumber(MAX_PAGE_SIZE)), DEFAULT_PAGE_SIZE),
};

export const listParamsSchema = z.strictObject(listFields);
export type ListParams = z.infer<typeof listParamsSchema>;

type FieldName = keyof typeof listFields;
const REPEATABLE: ReadonlySet<string> = new Set<FieldName>(['invasiveness', 'category', 'risk', 'concern', 'area']);

/** Turns URLSearchParams (or Next's searchParams object) into the raw shape the schema reads. */
export function toRawParams(input: QueryInput) {
  return toRawQuery(input, REPEATABLE);
}

export function parseListParamsStrict(input: URLSearchParams) {
  return listParamsSchema.safeParse(toRawParams(input));
}

export type ParamNotice = { field: string; message: string };

/** Lenient parse for pages: each bad or unknown field is dropped and reported. */
export function parseListParamsLenient(input: URLSearchParams | Record<string, string | string[] | undefined>): {
  params: ListParams;
  notices: ParamNotice[];
} {
  const raw = toRawParams(input);
  const notices: ParamNotice[] = [];
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = listFields[key as FieldName];
    if (!field) {
      notices.push({ field: key, message: 'is not a filter we know, so it was ignored' });
      continue;
    }
    const result = field.safeParse(value);
    if (result.success) clean[key] = value;
    else notices.push({ field: key, message: `${result.error.issues[0]?.message ?? 'is invalid'}, so the default was used` });
  }
  return { params: listParamsSchema.parse(clean), notices };
}

/** The canonical query string for params: defaults omitted, stable order (shareable, cache-friendly). */
export function toSearchString(params: Partial<ListParams>): string {
  const out = new URLSearchParams();
  const defaults = listParamsSchema.parse({});
  for (const key of Object.keys(listFields) as FieldName[]) {
    const value = params[key];
    if (value === undefined || value === defaults[key]) continue;
    if (Array.isArray(value)) [...value].sort().forEach((v) => out.append(key, String(v)));
    else out.set(key, String(value));
  }
  const text = out.toString();
  return text ? `?${text}` : '';
}
