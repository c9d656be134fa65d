import { getDb } from '../db';
import { Prisma } from '../generated/prisma/client';
import { FACET_KEYS, facetQuery, orderBy, whereClause, type FacetKey } from './list-sql';
import type { ListParams } from './search-params';
import { toCard, toDetail, type CardRow, type ProcedureCard, type ProcedureDetail } from './view';

// Reads of the procedure catalog, returning view models.

const CARD_COLUMNS = Prisma.raw(
  [
    'slug', 'name', 'category', 'specialty', 'invasiveness', 'riskLevel', 'recoveryMinDays', 'recoveryMaxDays',
    'costLowUsd', 'costHighUsd', 'costAverageUsd', 'costTypicalUsd', 'costPer', 'costYear', 'costExcludes',
    'costSourceTitle', 'costSourceUrl', 'resultsMinMonths', 'resultsMaxMonths', 'resultsPermanent', 'resultsNote', 'summary',
  ]
    .map((column) => `"${column}"`)
    .join(', '),
);

export type FacetCount = { value: string; count: number };
export type Facets = Record<FacetKey, FacetCount[]>;

export type ProcedureList = {
  items: ProcedureCard[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  facets: Facets;
};

export async function getProcedureList(params: ListParams): Promise<ProcedureList> {
  const db = await getDb();
  const offset = (params.page - 1) * params.pageSize;
  const [rows, totals, facetRows] = await Promise.all([
    db.$queryRaw<CardRow[]>`SELECT ${CARD_COLUMNS} FROM "Procedure" ${whereClause(params)} ${orderBy(params.sort)}
      LIMIT ${params.pageSize} OFFSET ${offset}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Procedure" ${whereClause(params)}`,
    db.$queryRaw<{ facet: FacetKey; value: string; count: number }[]>(facetQuery(params)),
  ]);
  const total = totals[0]?.total ?? 0;
  return {
    items: rows.map(toCard),
    total,
    page: params.page,
    pageSize: params.pageSize,
    pageCount: Math.max(1, Math.ceil(total / params.pageSize)),
    facets: groupFacets(facetRows),
  };
}

function groupFacets(rows: { facet: FacetKey; value: string; count: number }[]): Facets {
  const facets = Object.fromEntries([...FACET_KEYS, 'recovery'].map((key) => [key, [] as FacetCount[]])) as Facets;
  for (const row of rows) facets[row.facet].push({ value: row.value, count: row.count });
  for (const key of FACET_KEYS) facets[key].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return facets;
}

const detailInclude = { sources: { orderBy: { position: 'asc' } } } as const;

export async function getProcedureBySlug(slug: string): Promise<ProcedureDetail | null> {
  const db = await getDb();
  const row = await db.procedure.findUnique({ where: { slug }, include: detailInclude });
  return row ? toDetail(row) : null;
}

/** Several procedures by slug, in the order asked; unknown slugs are simply absent. */
export async function getProceduresBySlugs(slugs: string[]): Promise<ProcedureDetail[]> {
  if (slugs.length === 0) return [];
  const db = await getDb();
  const rows = await db.procedure.findMany({ where: { slug: { in: slugs } }, include: detailInclude });
  const bySlug = new Map(rows.map((row) => [row.slug, toDetail(row)]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
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

export async function getAllProcedureCards(): Promise<ProcedureCard[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<CardRow[]>`SELECT ${CARD_COLUMNS} FROM "Procedure" ORDER BY "name" ASC`;
  return rows.map(toCard);
}

export async function getAllSlugs(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.procedure.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } });
  return rows.map((row) => row.slug);
}
