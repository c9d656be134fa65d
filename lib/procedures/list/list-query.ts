import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { cubeServes, FACET_KEYS, facetQuery, orderBy, TOTAL_FACET, whereClause, type FacetKey } from './list-sql';
import type { ListParams } from './search-params';
import { cardSelect, toCard, type CardRow, type ProcedureCard } from '../catalog/view';

// The catalog list query on a given client. Kept free of the app's client singleton (and of
// 'server-only') so benchmarks and scripts run exactly the query the pages run.

/** cardSelect's columns for raw SQL, so the list and a Prisma select read the same card. */
export const CARD_COLUMNS = Prisma.raw(
  Object.keys(cardSelect)
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

type FacetRow = { facet: FacetKey | typeof TOTAL_FACET; value: string; count: number };

/** The list query on a given client: the app passes its own, benchmarks and scripts theirs. */
export async function queryProcedureList(db: PrismaClient, params: ListParams): Promise<ProcedureList> {
  const offset = (params.page - 1) * params.pageSize;
  // Two statements: the page, and facets + total (which share one pass over the filtered rows).
  const [rows, facetRows] = await Promise.all([
    db.$queryRaw<CardRow[]>`SELECT ${CARD_COLUMNS} FROM "Procedure" ${whereClause(params)} ${orderBy(params.sort)}
      LIMIT ${params.pageSize} OFFSET ${offset}`,
    db.$queryRaw<FacetRow[]>(facetQuery(params)),
  ]);
  const total = facetRows.find((row) => row.facet === TOTAL_FACET)?.count ?? 0;
  return {
    items: rows.map(toCard),
    total,
    page: params.page,
    pageSize: params.pageSize,
    pageCount: Math.max(1, Math.ceil(total / params.pageSize)),
    facets: groupFacets(facetRows),
  };
}

function groupFacets(rows: FacetRow[]): Facets {
  const facets = Object.fromEntries([...FACET_KEYS, 'recovery'].map((key) => [key, [] as FacetCount[]])) as Facets;
  for (const row of rows) if (row.facet !== TOTAL_FACET) facets[row.facet].push({ value: row.value, count: row.count });
  for (const key of FACET_KEYS) facets[key].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  // Recovery picks keep their own order (shortest first); SQL gives no order across UNION ALL.
  facets.recovery.sort((a, b) => Number(a.value) - Number(b.value));
  return facets;
}

/** Only the number of matches: for "removing this filter would show N" hints. */
export async function countProcedureMatches(db: PrismaClient, params: ListParams): Promise<number> {
  // The facet cube's cells carry every column such a filter reads: a sum of a few hundred cells.
  const rows = cubeServes(params)
    ? await db.$queryRaw<
        { total: number }[]
      >`SELECT coalesce(sum("procedures"), 0)::int AS total FROM "ProcedureFacetCell" ${whereClause(params)}`
    : await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Procedure" ${whereClause(params)}`;
  return rows[0]?.total ?? 0;
}
