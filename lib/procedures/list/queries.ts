import { getDb } from '../../db';
import { CARD_COLUMNS, countProcedureMatches, queryProcedureList, type ProcedureList } from './list-query';
import { toSearchString } from './list-url';
import type { ListParams } from './search-params';
import { createTtlCache } from '../../cache/ttl-cache';
import { detailSelect, toCard, toDetail, type CardRow, type ProcedureCard, type ProcedureDetail } from '../catalog/view';

export type { FacetCount, Facets, ProcedureList } from './list-query';

// Reads of the procedure catalog, returning view models.

const listCache = createTtlCache<ProcedureList>({ ttlMs: 60_000, maxEntries: 500 });
const namesCache = createTtlCache<ProcedureName[]>({ ttlMs: 60_000, maxEntries: 1 });
const countCache = createTtlCache<number>({ ttlMs: 60_000, maxEntries: 2_000 });

export function getProcedureList(params: ListParams): Promise<ProcedureList> {
  // The canonical query names the view exactly: filters, sort, and page and size when not defaults.
  return listCache.get(toSearchString(params), () => readProcedureList(params));
}

/**
 * The same list, read now. For cached pages (lib/cache/cached-pages.mjs): they are cached whole
 * already, and the list's cache would add its own age to how long a reseed takes to show.
 */
export async function readProcedureList(params: ListParams): Promise<ProcedureList> {
  return queryProcedureList(await getDb(), params);
}

export function countProcedures(params: ListParams): Promise<number> {
  // A count reads only the filters, so every sort and page of one filter set shares its entry.
  const key = toSearchString({ ...params, sort: undefined, page: undefined, pageSize: undefined });
  return countCache.get(key, async () => countProcedureMatches(await getDb(), params));
}

export async function getProcedureBySlug(slug: string): Promise<ProcedureDetail | null> {
  const db = await getDb();
  const row = await db.procedure.findUnique({ where: { slug }, select: detailSelect });
  return row ? toDetail(row) : null;
}

/** Several procedures by slug, in the order asked; unknown slugs are simply absent. */
export async function getProceduresBySlugs(slugs: string[]): Promise<ProcedureDetail[]> {
  if (slugs.length === 0) return [];
  const db = await getDb();
  const rows = await db.procedure.findMany({ where: { slug: { in: slugs } }, select: detailSelect });
  const bySlug = new Map(rows.map((row) => [row.slug, toDetail(row)]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
}

/** Every procedure in full, by slug. */
export async function getAllProcedureDetails(): Promise<ProcedureDetail[]> {
  const db = await getDb();
  const rows = await db.procedure.findMany({ select: detailSelect, orderBy: { slug: 'asc' } });
  return rows.map(toDetail);
}

/** Options that treat an overlapping concern with a shorter maximum recovery, quickest first. */
export async function getLessDowntimeAlternatives(procedure: ProcedureDetail, limit = 4): Promise<ProcedureCard[]> {
  if (!procedure.recoveryDays || procedure.concerns.length === 0) return [];
  const db = await getDb();
  const rows = await db.$queryRaw<CardRow[]>`SELECT ${CARD_COLUMNS} FROM "Procedure"
    WHERE "slug" <> ${procedure.slug} AND "concerns" && ${procedure.concerns}::text[]
      AND "recoveryMaxDays" < ${procedure.recoveryDays.max}
    ORDER BY cardinality(ARRAY(SELECT unnest("concerns") INTERSECT SELECT unnest(${procedure.concerns}::text[]))) DESC,
      "recoveryMaxDays" ASC, "name" ASC
    LIMIT ${limit}`;
  return rows.map(toCard);
}

/**
 * What changes whenever the seed writes the catalog (every upsert stamps updatedAt): a copy of the
 * catalog made under the same fingerprint is still the catalog. One small query.
 */
export async function readCatalogFingerprint(): Promise<string> {
  const db = await getDb();
  const [row] = await db.$queryRaw<{ count: number; latest: Date | null }[]>`
    SELECT count(*)::int AS "count", max("updatedAt") AS "latest" FROM "Procedure"`;
  return `${row?.count ?? 0}@${row?.latest ? new Date(row.latest).toISOString() : '-'}`;
}

export type ProcedureName = { slug: string; name: string };

/** Every procedure's slug and name, by name: what a picker offers (compare's "Add a procedure"). */
export function getProcedureNames(): Promise<ProcedureName[]> {
  return namesCache.get('all', async () => {
    const db = await getDb();
    return db.$queryRaw<ProcedureName[]>`SELECT "slug", "name" FROM "Procedure" ORDER BY "name" ASC`;
  });
}

export async function getAllProcedureCards(): Promise<ProcedureCard[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<CardRow[]>`SELECT ${CARD_COLUMNS} FROM "Procedure" ORDER BY "name" ASC`;
  return rows.map(toCard);
}
