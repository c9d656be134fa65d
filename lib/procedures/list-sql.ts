import { Prisma } from '../generated/prisma/client';
import type { ListParams, SortKey } from './search-params';

// SQL fragments for the catalog list. Raw SQL (through Prisma's tagged templates, so every value
// is a bound parameter) because facet counts need "all filters but this facet's own" and array
// unnesting, which Prisma's query builder cannot express in one round trip.

export const FACET_KEYS = ['category', 'invasiveness', 'specialty', 'risk', 'concern', 'area'] as const;
export type FacetKey = (typeof FACET_KEYS)[number] | 'recovery';

/** Quick picks for the headline filter: "ready in at most N days". */
export const RECOVERY_PICKS = [
  { days: 0, label: 'Same day' },
  { days: 2, label: 'Within a weekend' },
  { days: 7, label: 'Within 1 week' },
  { days: 14, label: 'Within 2 weeks' },
] as const;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** WHERE clause for the filters in `params`, leaving out the facet named by `except`. */
export function whereClause(params: ListParams, except?: FacetKey): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (params.q) conditions.push(Prisma.sql`"searchText" LIKE ${`%${escapeLike(params.q.toLowerCase())}%`}`);
  if (params.recoveryMaxDays !== undefined && except !== 'recovery') {
    conditions.push(Prisma.sql`"recoveryMaxDays" <= ${params.recoveryMaxDays}`);
  }
  if (params.costMax !== undefined) conditions.push(Prisma.sql`"costTypicalUsd" <= ${params.costMax}`);
  if (params.specialty && except !== 'specialty') {
    conditions.push(Prisma.sql`"specialty"::text = ${params.specialty}`);
  }
  const anyOf = (column: string, values: string[]) =>
    Prisma.sql`${Prisma.raw(`"${column}"::text`)} IN (${Prisma.join(values)})`;
  if (params.category.length && except !== 'category') conditions.push(anyOf('category', params.category));
  if (params.invasiveness.length && except !== 'invasiveness') conditions.push(anyOf('invasiveness', params.invasiveness));
  if (params.risk.length && except !== 'risk') conditions.push(anyOf('riskLevel', params.risk));
  // Several concerns or areas mean "treats any of them", like the other multi-value facets.
  if (params.concern.length && except !== 'concern') {
    conditions.push(Prisma.sql`"concerns" && ${params.concern}::text[]`);
  }
  if (params.area.length && except !== 'area') conditions.push(Prisma.sql`"bodyAreas" && ${params.area}::text[]`);
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

const ORDER_BY: Record<SortKey, Prisma.Sql> = {
  recovery: Prisma.sql`ORDER BY "recoveryMaxDays" ASC NULLS LAST, "recoveryMinDays" ASC NULLS LAST, "name" ASC`,
  cost: Prisma.sql`ORDER BY "costTypicalUsd" ASC NULLS LAST, "name" ASC`,
  risk: Prisma.sql`ORDER BY "riskLevel" ASC, "recoveryMaxDays" ASC NULLS LAST, "name" ASC`,
  name: Prisma.sql`ORDER BY "name" ASC`,
};

export function orderBy(sort: SortKey): Prisma.Sql {
  return ORDER_BY[sort];
}

/** One query that returns every facet's counts as (facet, value, count) rows. */
export function facetQuery(params: ListParams): Prisma.Sql {
  const grouped = (facet: string, expression: string, except: FacetKey) => Prisma.sql`
    SELECT ${Prisma.raw(`'${facet}'`)} AS facet, ${Prisma.raw(expression)} AS value, count(*)::int AS count
    FROM "Procedure" ${whereClause(params, except)} GROUP BY 2`;
  const recovery = RECOVERY_PICKS.map(
    (pick) => Prisma.sql`
    SELECT 'recovery' AS facet, ${Prisma.raw(`'${pick.days}'`)} AS value,
      count(*) FILTER (WHERE "recoveryMaxDays" <= ${pick.days})::int AS count
    FROM "Procedure" ${whereClause(params, 'recovery')}`,
  );
  return Prisma.join(
    [
      grouped('category', '"category"::text', 'category'),
      grouped('invasiveness', '"invasiveness"::text', 'invasiveness'),
      grouped('specialty', '"specialty"::text', 'specialty'),
      grouped('risk', '"riskLevel"::text', 'risk'),
      grouped('concern', 'unnest("concerns")', 'concern'),
      grouped('area', 'unnest("bodyAreas")', 'area'),
      ...recovery,
    ],
    ' UNION ALL ',
  );
}
