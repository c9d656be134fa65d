import type { PrismaClient } from '../../lib/generated/prisma/client';
import { Prisma } from '../../lib/generated/prisma/client';
import { CARD_COLUMNS, queryProcedureList } from '../../lib/procedures/list/list-query';
import { facetQuery, orderBy, whereClause } from '../../lib/procedures/list/list-sql';
import { listParamsSchema, type ListParams } from '../../lib/procedures/list/search-params';

// The benchmark's scenarios, and the list query's statements for EXPLAIN ANALYZE.

export type Scenario = { name: string; description: string; params: ListParams };

const scenario = (name: string, description: string, query: Record<string, unknown>): Scenario => ({
  name,
  description,
  params: listParamsSchema.parse(query),
});

/** Typical filter combinations, from a selective text search to the unfiltered landing page. */
export const SCENARIOS: Scenario[] = [
  scenario('typical', 'recovery <= 7 d + minimally invasive, sort cost', {
    downtimeDays: '7',
    invasiveness: ['minimally_invasive'],
    sort: 'cost',
  }),
  scenario('typical+search', 'q=laser + recovery <= 14 d + 2 invasiveness, sort recovery', {
    q: 'laser',
    downtimeDays: '14',
    invasiveness: ['non_invasive', 'minimally_invasive'],
  }),
  scenario('facet-heavy', 'concern=acne_scars + area=face + risk low/moderate + cost <= 1500', {
    concern: ['acne_scars'],
    area: ['face'],
    risk: ['low', 'moderate'],
    costMax: '1500',
    sort: 'cost',
  }),
  scenario('selective', 'q="revision rhinoplasty" (~0.1% of rows), sort name', { q: 'revision rhinoplasty', sort: 'name' }),
  scenario('unselective', 'no filter: the landing page, sort recovery', {}),
];

/** The three scenarios the list query's target (p95 < 20 ms at 100k rows on PostgreSQL) is judged on. */
export const TARGET_SCENARIOS = ['typical+search', 'facet-heavy', 'typical'] as const;

/** Exactly the query the pages run (lib/procedures/list/list-query.ts), on the bench's own client. */
export function runListQuery(prisma: PrismaClient, params: ListParams) {
  return queryProcedureList(prisma, params);
}

/** The list query's statements (page, then facets + total) as plain SQL with their bound values, for EXPLAIN ANALYZE. */
export function listStatements(params: ListParams): Prisma.Sql[] {
  const offset = (params.page - 1) * params.pageSize;
  return [
    Prisma.sql`SELECT ${CARD_COLUMNS} FROM "Procedure" ${whereClause(params)} ${orderBy(params.sort)} LIMIT ${params.pageSize} OFFSET ${offset}`,
    facetQuery(params),
  ];
}
