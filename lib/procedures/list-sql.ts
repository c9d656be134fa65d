import { Prisma } from '../generated/prisma/client';
import type { SortKey } from './list-url';
import type { ListParams } from './search-params';

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

/** The facet query's extra row carrying the number of matches (all filters applied). */
export const TOTAL_FACET = 'total';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Filters no facet leaves out: search and the cost ceiling. */
function sharedConditions(params: ListParams): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  // searchText is stored lower-cased; LIKE '%q%' on it is what the pg_trgm GIN index serves.
  if (params.q) conditions.push(Prisma.sql`"searchText" LIKE ${`%${escapeLike(params.q.toLowerCase())}%`}`);
  if (params.costMax !== undefined) conditions.push(Prisma.sql`"costTypicalUsd" <= ${params.costMax}`);
  return conditions;
}

type FacetCondition = { facet: FacetKey; sql: Prisma.Sql };

/** Filters that belong to a facet (its own counts ignore them), in a fixed order. */
function facetConditions(params: ListParams): FacetCondition[] {
  const conditions: FacetCondition[] = [];
  // Compared as the column's enum type, not as text: a cast column hides the column statistics
  // from the planner, which then guesses ~1% of rows and picks slow plans. The values are
  // allow-listed by the zod schema, so the cast to the enum cannot fail.
  const anyOf = (column: string, type: string, values: string[]) =>
    Prisma.sql`${Prisma.raw(`"${column}"`)} = ANY(${values}::${Prisma.raw(`"${type}"[]`)})`;
  if (params.recoveryMaxDays !== undefined) {
    conditions.push({ facet: 'recovery', sql: Prisma.sql`"recoveryMaxDays" <= ${params.recoveryMaxDays}` });
  }
  if (params.specialty) conditions.push({ facet: 'specialty', sql: Prisma.sql`"specialty" = ${params.specialty}::"Specialty"` });
  if (params.category.length) conditions.push({ facet: 'category', sql: anyOf('category', 'Category', params.category) });
  if (params.invasiveness.length) {
    conditions.push({ facet: 'invasiveness', sql: anyOf('invasiveness', 'Invasiveness', params.invasiveness) });
  }
  if (params.risk.length) conditions.push({ facet: 'risk', sql: anyOf('riskLevel', 'RiskLevel', params.risk) });
  // Several concerns or areas mean "treats any of them", like the other multi-value facets.
  if (params.concern.length) conditions.push({ facet: 'concern', sql: Prisma.sql`"concerns" && ${params.concern}::text[]` });
  if (params.area.length) conditions.push({ facet: 'area', sql: Prisma.sql`"bodyAreas" && ${params.area}::text[]` });
  return conditions;
}

function where(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

/** WHERE clause for the filters in `params`, leaving out the facet named by `except`. */
export function whereClause(params: ListParams, except?: FacetKey): Prisma.Sql {
  const own = facetConditions(params).filter((condition) => condition.facet !== except);
  return where([...sharedConditions(params), ...own.map((condition) => condition.sql)]);
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

const SCALAR_FACETS: Record<'category' | 'invasiveness' | 'specialty' | 'risk', string> = {
  category: '"category"',
  invasiveness: '"invasiveness"',
  specialty: '"specialty"',
  risk: '"riskLevel"',
};
const ARRAY_FACETS: Record<'concern' | 'area', string> = { concern: '"concerns"', area: '"bodyAreas"' };

/**
 * Every facet's counts, plus the total, as (facet, value, count) rows in one statement.
 * Each facet counts the rows that pass every filter but its own, so a row passing all filters
 * counts for every facet, a row failing exactly one counts only for that one's facet, and a row
 * failing two counts for none. The table is read once: the rows passing search and cost go into
 * a MATERIALIZED CTE of the few narrow columns facets need, tagged with the one facet filter they
 * fail (`miss`, NULL if none); rows failing two are left out. The single-valued facets and the
 * recovery picks then read a small GROUP BY of that set, the array facets unnest its distinct arrays.
 * (Ten separate passes over the wide table rows, each re-evaluating the search, were what made
 * this statement slow at scale.)
 */
export function facetQuery(params: ListParams): Prisma.Sql {
  const conditions = facetConditions(params);
  // IS NOT TRUE: NULL (e.g. unknown recovery) fails a filter, as it does in a WHERE clause.
  const miss = conditions.length
    ? Prisma.sql`CASE ${Prisma.join(
        conditions.map(({ facet, sql }) => Prisma.sql`WHEN (${sql}) IS NOT TRUE THEN ${Prisma.raw(`'${facet}'`)}`),
        ' ',
      )} END`
    : Prisma.sql`NULL::text`;
  const failures = conditions.map(({ sql }) => Prisma.sql`((${sql}) IS NOT TRUE)::int`);
  const useful = failures.length > 1 ? [Prisma.sql`${Prisma.join(failures, ' + ')} <= 1`] : [];
  const countedFor = (facet: FacetKey) => Prisma.raw(`WHERE "miss" IS NULL OR "miss" = '${facet}'`);

  const scalarColumns = Prisma.raw(Object.values(SCALAR_FACETS).join(', '));
  const scalar = (Object.keys(SCALAR_FACETS) as (keyof typeof SCALAR_FACETS)[]).map(
    (facet) => Prisma.sql`
    SELECT ${Prisma.raw(`'${facet}'`)} AS facet, ${Prisma.raw(`${SCALAR_FACETS[facet]}::text`)} AS value, sum("n")::int AS count
    FROM scalars ${countedFor(facet)} GROUP BY 2`,
  );
  // Rows are grouped by their whole array first: a catalog has far fewer distinct sets of
  // concerns (or areas) than rows, so only the groups are unnested.
  const arrays = (Object.keys(ARRAY_FACETS) as (keyof typeof ARRAY_FACETS)[]).map(
    (facet) => Prisma.sql`
    SELECT ${Prisma.raw(`'${facet}'`)} AS facet, unnest("values") AS value, sum("n")::int AS count
    FROM (SELECT ${Prisma.raw(ARRAY_FACETS[facet])} AS "values", count(*) AS "n" FROM matched ${countedFor(facet)} GROUP BY 1) AS sets
    GROUP BY 2`,
  );
  const pickCounts = RECOVERY_PICKS.map(
    (pick) => Prisma.sql`(sum("n") FILTER (WHERE "recoveryMaxDays" <= ${pick.days}))::int AS ${Prisma.raw(`"r${pick.days}"`)}`,
  );
  const pickRows = RECOVERY_PICKS.map((pick) => Prisma.raw(`('recovery', '${pick.days}', coalesce("r${pick.days}", 0))`));
  return Prisma.sql`
    WITH matched AS MATERIALIZED (
      SELECT ${scalarColumns}, "recoveryMaxDays", "concerns", "bodyAreas", ${miss} AS "miss"
      FROM "Procedure" ${where([...sharedConditions(params), ...useful])}
    ),
    scalars AS MATERIALIZED (
      SELECT ${scalarColumns}, "recoveryMaxDays", "miss", count(*) AS "n" FROM matched GROUP BY ${scalarColumns}, "recoveryMaxDays", "miss"
    ),
    recovery AS (
      SELECT ${Prisma.join(pickCounts)}, (sum("n") FILTER (WHERE "miss" IS NULL))::int AS total
      FROM scalars ${countedFor('recovery')}
    )
    ${Prisma.join([...scalar, ...arrays], ' UNION ALL ')}
    UNION ALL
    SELECT v.facet, v.value, v.count FROM recovery CROSS JOIN LATERAL (VALUES
      ${Prisma.join([...pickRows, Prisma.raw(`('${TOTAL_FACET}', '', coalesce(total, 0))`)])}) AS v(facet, value, count)`;
}
