import type { PrismaClient } from '../../lib/generated/prisma/client';
import { Prisma } from '../../lib/generated/prisma/client';
import { facetQuery, orderBy, whereClause } from '../../lib/procedures/list-sql';
import { listParamsSchema, type ListParams } from '../../lib/procedures/search-params';
import { toCard, type CardRow } from '../../lib/procedures/view';

// The catalog list query exactly as getProcedureList (lib/procedures/queries.ts) sends it: page,
// total and facet counts as three statements in parallel, built by the same list-sql.ts builders.
// queries.ts itself reads its client from lib/db.ts ('server-only', one client per process), so
// this mirror takes a client instead; keep CARD_COLUMNS and the statements in step with it.

const CARD_COLUMNS = Prisma.raw(
  [
    'slug', 'name', 'category', 'specialty', 'invasiveness', 'riskLevel', 'recoveryMinDays', 'recoveryMaxDays',
    'costLowUsd', 'costHighUsd', 'costAverageUsd', 'costTypicalUsd', 'costPer', 'costYear', 'costExcludes',
    'costSourceTitle', 'costSourceUrl', 'resultsMinMonths', 'resultsMaxMonths', 'resultsPermanent', 'resultsNote', 'summary',
  ]
    .map((column) => `"${column}"`)
    .join(', '),
);

export type Scenario = { name: string; description: string; params: ListParams };

const scenario = (name: string, description: string, query: Record<string, unknown>): Scenario => ({
  name,
  description,
  params: listParamsSchema.parse(query),
});

/** Typical filter combinations, from a selective text search to the unfiltered landing page. */
export const SCENARIOS: Scenario[] = [
  scenario('typical', 'recovery <= 7 d + minimally invasive, sort cost', {
    recoveryMaxDays: '7', invasiveness: ['minimally_invasive'], sort: 'cost',
  }),
  scenario('typical+search', 'q=laser + recovery <= 14 d + 2 invasiveness, sort recovery', {
    q: 'laser', recoveryMaxDays: '14', invasiveness: ['non_invasive', 'minimally_invasive'],
  }),
  scenario('facet-heavy', 'concern=acne_scars + area=face + risk low/moderate + cost <= 1500', {
    concern: ['acne_scars'], area: ['face'], risk: ['low', 'moderate'], costMax: '1500', sort: 'cost',
  }),
  scenario('selective', 'q="revision rhinoplasty" (~0.1% of rows), sort name', { q: 'revision rhinoplasty', sort: 'name' }),
  scenario('unselective', 'no filter: the landing page, sort recovery', {}),
];

export type ListResult = { total: number; rows: number; facetRows: number };

export async function runListQuery(prisma: PrismaClient, params: ListParams): Promise<ListResult> {
  const offset = (params.page - 1) * params.pageSize;
  const [rows, totals, facetRows] = await Promise.all([
    prisma.$queryRaw<CardRow[]>`SELECT ${CARD_COLUMNS} FROM "Procedure" ${whereClause(params)} ${orderBy(params.sort)}
      LIMIT ${params.pageSize} OFFSET ${offset}`,
    prisma.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Procedure" ${whereClause(params)}`,
    prisma.$queryRaw<unknown[]>(facetQuery(params)),
  ]);
  return { total: totals[0]?.total ?? 0, rows: rows.map(toCard).length, facetRows: facetRows.length };
}

/** The three statements as plain SQL with their bound values, for EXPLAIN ANALYZE. */
export function listStatements(params: ListParams): Prisma.Sql[] {
  const offset = (params.page - 1) * params.pageSize;
  return [
    Prisma.sql`SELECT ${CARD_COLUMNS} FROM "Procedure" ${whereClause(params)} ${orderBy(params.sort)} LIMIT ${params.pageSize} OFFSET ${offset}`,
    Prisma.sql`SELECT count(*)::int AS total FROM "Procedure" ${whereClause(params)}`,
    facetQuery(params),
  ];
}
