import { z } from 'zod';
import { EXPORT_FORMATS } from '../consultation/list-export';
import { IMPORT_MAX_BYTES } from '../bookmarks/import-file';
import { noteSchema, slugFormSchema, transferInputSchema } from '../bookmarks/schema';
import { REDEEM_LIMIT } from '../bookmarks/server/commands';
import { TRANSFER_CODE_BITS, TRANSFER_TTL_MINUTES } from '../bookmarks/transfer-code';
import { compareApiParamsSchema, selectSlugs, toRawCompareQuery } from '../compare/schema';
import type { ApiRouteSpec } from '../http/api';
import { planParamsSchema, toRawPlanParams } from '../planner/schema';
import { listParamsSchema, toRawParams } from '../procedures/list/search-params';
import { slugSchema } from '../procedures/slug';

// Every API route, one record each: what it reads, parsed by withApi (lib/http/api.ts) in the
// route file and documented from the same schemas at /api/schema.json. Keyed "METHOD /api/path"
// with Next's folder names, so a route file finds its record by its own address.

const planQuery = { schema: planParamsSchema, toRaw: toRawPlanParams };
const bookmarkSlug = slugFormSchema.strict();

export const API_ROUTES = {
  'GET /api/procedures': {
    method: 'GET',
    path: '/api/procedures',
    summary: 'The catalog list with the same filters, sort and page as /procedures.',
    query: { schema: listParamsSchema, toRaw: toRawParams },
  },
  'GET /api/procedures/[slug]': {
    method: 'GET',
    path: '/api/procedures/{slug}',
    summary: 'One procedure with every figure, its evidence (`figures`) and its sources.',
    params: z.object({ slug: slugSchema }).strict(),
  },
  'GET /api/compare': {
    method: 'GET',
    path: '/api/compare',
    summary: 'The side-by-side comparison of /compare: ids=a,b,c (2–4 slugs), only=diff for rows that differ.',
    query: {
      schema: compareApiParamsSchema.transform((data) => ({ ...selectSlugs(data.ids), onlyDiff: data.only === 'diff' })),
      toRaw: toRawCompareQuery,
    },
  },
  'GET /api/plan': {
    method: 'GET',
    path: '/api/plan',
    summary: "The planner's answer for an event date: each option's verdict, book-by dates, one-session answers and lead times.",
    query: planQuery,
  },
  'GET /api/plan/calendar': {
    method: 'GET',
    path: '/api/plan/calendar',
    summary: "A treatment plan's booking deadlines as an iCalendar (.ics) file; same parameters as /api/plan.",
    query: planQuery,
    produces: 'text/calendar',
  },
  'GET /api/bookmarks/state': {
    method: 'GET',
    path: '/api/bookmarks/state',
    summary: "The visitor's saved slugs (from the visitor cookie); never cached.",
  },
  'GET /api/bookmarks/export': {
    method: 'GET',
    path: '/api/bookmarks/export',
    summary: "A download of the visitor's own list, notes included.",
    query: { schema: z.object({ format: z.enum(EXPORT_FORMATS).default('csv') }).strict(), toRaw: (params) => Object.fromEntries(params) },
    produces: 'text/csv',
  },
  'PUT /api/bookmarks/[slug]': {
    method: 'PUT',
    path: '/api/bookmarks/{slug}',
    summary: 'Saves a procedure to the visitor’s list (idempotent); sets the visitor cookie on the first write.',
    params: bookmarkSlug,
    origin: 'same-site',
  },
  'DELETE /api/bookmarks/[slug]': {
    method: 'DELETE',
    path: '/api/bookmarks/{slug}',
    summary: 'Removes a procedure from the list (idempotent); `removed` holds what an undo needs.',
    params: bookmarkSlug,
    origin: 'same-site',
  },
  'PATCH /api/bookmarks/[slug]': {
    method: 'PATCH',
    path: '/api/bookmarks/{slug}',
    summary: 'Replaces the note of a saved procedure ("" clears it).',
    params: bookmarkSlug,
    body: z.object({ note: noteSchema }).strict(),
    origin: 'same-site',
  },
  'POST /api/bookmarks/import': {
    method: 'POST',
    path: '/api/bookmarks/import',
    summary: `Merges the site's own JSON export (GET /api/bookmarks/export?format=json; the body, at most ${IMPORT_MAX_BYTES} bytes) into the visitor's list, all or nothing: a procedure already saved keeps its note and date. Answers { added, kept, notesAdded }; a bad file gets 400 with the issues.`,
    origin: 'same-site',
  },
  'POST /api/bookmarks/transfer': {
    method: 'POST',
    path: '/api/bookmarks/transfer',
    summary: `A one-time code (${TRANSFER_CODE_BITS} random bits, shown as XXXX-XXXX-XXXX) that copies the visitor's list, notes included, to another device; it works once and expires after ${TRANSFER_TTL_MINUTES} minutes. Answers { code, expiresAt }.`,
    origin: 'same-site',
  },
  'POST /api/bookmarks/transfer/redeem': {
    method: 'POST',
    path: '/api/bookmarks/transfer/redeem',
    summary: `Merges the list behind a transfer code into the caller's (their own notes are kept); ${REDEEM_LIMIT.limit} tries a minute. An unknown code is 404, a used or expired one 410. Answers { added, kept, notesAdded }.`,
    body: transferInputSchema,
    origin: 'same-site',
  },
  'GET /api/schema.json': {
    method: 'GET',
    path: '/api/schema.json',
    summary: 'This description of the API, generated from the schemas the routes parse with.',
  },
} as const satisfies Record<string, ApiRouteSpec>;

export type ApiRouteKey = keyof typeof API_ROUTES;
