import { z } from 'zod';
import { toRawQuery, type QueryInput } from '../http/query-entries';
import { BODY_AREAS, CATEGORIES, CONCERNS, INVASIVENESS, RISK_LEVELS, SPECIALTIES } from './constants';

// The one description of the catalog list's URL state, shared by /procedures and
// GET /api/procedures. The API parses strictly (400 with issues); pages parse leniently:
// a bad value falls back to its default and is reported, so any URL renders.

export const SORT_KEYS = ['recovery', 'cost', 'risk', 'name'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const DEFAULT_PAGE_SIZE = 24;
export const MAX_PAGE_SIZE = 100;

const wholeNumber = (max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(0).max(max));

const list = <T extends z.ZodType>(item: T) => z.array(item).max(20);

export const listFields = {
  q: z
    .string()
    .trim()
    .max(100, 'must be at most 100 characters')
    // Postgres text cannot hold NUL, and no name contains control characters.
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters')
    .optional(),
  recoveryMaxDays: wholeNumber(3650).optional(),
  invasiveness: list(z.enum(INVASIVENESS)).default([]),
  category: list(z.enum(CATEGORIES)).default([]),
  specialty: z.enum(SPECIALTIES).optional(),
  risk: list(z.enum(RISK_LEVELS)).default([]),
  costMax: wholeNumber(10_000_000).optional(),
  concern: list(z.enum(CONCERNS)).default([]),
  area: list(z.enum(BODY_AREAS)).default([]),
  sort: z.enum(SORT_KEYS).default('recovery'),
  page: wholeNumber(100_000).pipe(z.number().min(1, 'must be 1 or more')).default(1),
  pageSize: wholeNumber(MAX_PAGE_SIZE).pipe(z.number().min(1, 'must be 1 or more')).default(DEFAULT_PAGE_SIZE),
};

export const listParamsSchema = z.object(listFields).strict();
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
