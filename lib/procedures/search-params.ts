import { z } from 'zod';
import { ownEntry, toRawQuery, type QueryInput } from '../http/query-entries';
import { BODY_AREAS, CATEGORIES, CONCERNS, INVASIVENESS, RISK_LEVELS, SPECIALTIES } from './constants';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, REPEATABLE_LIST_FIELDS, SORT_KEYS } from './list-url';

// The one description of the catalog list's URL state, shared by /procedures and
// GET /api/procedures. The API parses strictly (400 with issues); pages parse leniently:
// a bad value falls back to its default and is reported, so any URL renders.

const wholeNumber = (max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(0).max(max));

// At most as many values as there are options, so a form with every box ticked is still valid.
const list = <const T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values)).max(values.length);

export const listFields = {
  q: z
    .string()
    .trim()
    .max(100, 'must be at most 100 characters')
    // Postgres text cannot hold NUL, and no name contains control characters.
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters')
    .optional(),
  recoveryMaxDays: wholeNumber(3650).optional(),
  invasiveness: list(INVASIVENESS).default([]),
  category: list(CATEGORIES).default([]),
  specialty: z.enum(SPECIALTIES).optional(),
  risk: list(RISK_LEVELS).default([]),
  costMax: wholeNumber(10_000_000).optional(),
  concern: list(CONCERNS).default([]),
  area: list(BODY_AREAS).default([]),
  sort: z.enum(SORT_KEYS).default('recovery'),
  page: wholeNumber(100_000).pipe(z.number().min(1, 'must be 1 or more')).default(1),
  pageSize: wholeNumber(MAX_PAGE_SIZE).pipe(z.number().min(1, 'must be 1 or more')).default(DEFAULT_PAGE_SIZE),
};

export const listParamsSchema = z.object(listFields).strict();
export type ListParams = z.infer<typeof listParamsSchema>;

/** Turns URLSearchParams (or Next's searchParams object) into the raw shape the schema reads. */
export function toRawParams(input: QueryInput) {
  return toRawQuery(input, REPEATABLE_LIST_FIELDS);
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
    const field = ownEntry(listFields, key);
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
