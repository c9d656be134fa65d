import { Prisma } from '../../generated/prisma/client';
import { itemsOf, type FilterDef, type ListRegistry, type RecoveryPick, type WhereSpec } from './filter-kinds';
import { isMaskedArray, maskBits, maskColumn, maskOf } from './facet-masks';
import { LIST_REGISTRY, type FacetKey, type ListParams, type SortKey } from './filter-registry';

export type { FacetKey } from './filter-registry';

// SQL fragments for the catalog list, built from each filter's condition in the registry. Raw SQL
// (through Prisma's tagged templates, so every value is a bound parameter) because facet counts
// need "all filters but this facet's own" and array unnesting, which Prisma's query builder
// cannot express in one round trip.

/** The facet under which a filter's options are counted: its key, or its quick picks' own key. */
function facetKeyOf(filter: FilterDef): string {
  return filter.facet?.kind === 'picks' ? filter.facet.key : filter.key;
}

/** Facets counted per value (getProcedureList sorts these by count; the picks keep their order). */
export const FACET_KEYS = LIST_REGISTRY.filters
  .filter((filter) => filter.facet && filter.facet.kind !== 'picks')
  .map(facetKeyOf) as readonly Exclude<FacetKey, 'recovery'>[];

/** The facet query's extra row carrying the number of matches (all filters applied). */
export const TOTAL_FACET = 'total';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function column(name: string): Prisma.Sql {
  return Prisma.raw(`"${name}"`);
}

/**
 * How a filter reads its column. The facet statement reads concerns and areas as their bit masks
 * (lib/procedures/list/facet-masks.ts), cheaper per row than overlapping text arrays; the page keeps
 * the arrays, which their GIN indexes serve.
 */
type ArrayForm = 'array' | 'mask';

function condition(where: WhereSpec, value: unknown, arrays: ArrayForm): Prisma.Sql {
  switch (where.op) {
    case 'search':
      // The column is stored lower-cased; LIKE '%q%' on it is what the pg_trgm GIN index serves.
      return Prisma.sql`${column(where.column)} LIKE ${`%${escapeLike(String(value).toLowerCase())}%`}`;
    case 'atMost':
      return Prisma.sql`${column(where.column)} <= ${value}`;
    // Compared as the column's enum type, not as text: a cast column hides the column statistics
    // from the planner, which then guesses ~1% of rows and picks slow plans. The values are
    // allow-listed by the zod schema, so the cast to the enum cannot fail.
    case 'equals':
      return Prisma.sql`${column(where.column)} = ${value}::${Prisma.raw(`"${where.type}"`)}`;
    case 'anyOf':
      return Prisma.sql`${column(where.column)} = ANY(${value}::${Prisma.raw(`"${where.type}"[]`)})`;
    // Several values mean "has any of them", like the other multi-value filters.
    case 'overlaps':
      if (arrays === 'mask' && isMaskedArray(where.column)) {
        return Prisma.sql`(${column(maskColumn(where.column))} & ${maskOf(where.column, value as string[])}) <> 0`;
      }
      return Prisma.sql`${column(where.column)} && ${value}::${Prisma.raw(where.type ? `"${where.type}"[]` : 'text[]')}`;
  }
}

type FilterCondition = { facet: string | undefined; column: string; sql: Prisma.Sql };

/** The active filters' conditions, in registry order; `facet` is unset for search and cost, which no facet leaves out. */
function conditions(params: ListParams, registry: ListRegistry, arrays: ArrayForm = 'array'): FilterCondition[] {
  const values: Readonly<Record<string, unknown>> = params;
  return registry.filters.flatMap((filter) => {
    const value = values[filter.key];
    if (itemsOf(value).length === 0) return [];
    return [
      { facet: filter.facet ? facetKeyOf(filter) : undefined, column: filter.where.column, sql: condition(filter.where, value, arrays) },
    ];
  });
}

/** Filters no facet leaves out: search and the cost ceiling. */
function sharedConditions(params: ListParams, registry: ListRegistry): Prisma.Sql[] {
  return conditions(params, registry).flatMap((condition) => (condition.facet === undefined ? [condition.sql] : []));
}

type FacetCondition = { facet: string; column: string; sql: Prisma.Sql };

/** Filters that belong to a facet (its own counts ignore them), in a fixed order. */
function facetConditions(params: ListParams, registry: ListRegistry, arrays: ArrayForm = 'array'): FacetCondition[] {
  return conditions(params, registry, arrays).flatMap(({ facet, column: name, sql }) =>
    facet === undefined ? [] : [{ facet, column: name, sql }],
  );
}

function where(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

/** WHERE clause for the filters in `params`, leaving out the facet named by `except`. */
export function whereClause(params: ListParams, except?: FacetKey, registry: ListRegistry = LIST_REGISTRY): Prisma.Sql {
  const own = facetConditions(params, registry).filter((condition) => condition.facet !== except);
  return where([...sharedConditions(params, registry), ...own.map((condition) => condition.sql)]);
}

const ORDER_BY: Record<SortKey, Prisma.Sql> = {
  downtime: Prisma.sql`ORDER BY "recoveryMaxDays" ASC NULLS LAST, "recoveryMinDays" ASC NULLS LAST, "name" ASC`,
  cost: Prisma.sql`ORDER BY "costTypicalUsd" ASC NULLS LAST, "name" ASC`,
  yearly: Prisma.sql`ORDER BY "costYearLowUsd" ASC NULLS LAST, "costYearHighUsd" ASC NULLS LAST, "name" ASC`,
  risk: Prisma.sql`ORDER BY "riskLevel" ASC, "recoveryMaxDays" ASC NULLS LAST, "name" ASC`,
  name: Prisma.sql`ORDER BY "name" ASC`,
};

export function orderBy(sort: SortKey): Prisma.Sql {
  return ORDER_BY[sort];
}

type Faceted = { facet: string; column: string };

/** The faceted filters by how their options are counted, each with its facet key and column. */
function facetColumns(registry: ListRegistry) {
  const scalar: Faceted[] = [];
  const array: Faceted[] = [];
  let picks: (Faceted & { picks: readonly RecoveryPick[] }) | undefined;
  for (const filter of registry.filters) {
    const faceted = { facet: facetKeyOf(filter), column: filter.where.column };
    if (filter.facet?.kind === 'scalar') scalar.push(faceted);
    if (filter.facet?.kind === 'array') array.push(faceted);
    if (filter.facet?.kind === 'picks') picks = { ...faceted, picks: filter.facet.picks };
  }
  return { scalar, array, picks };
}

// The single-valued columns the facet cube (ProcedureFacetCell, ProcedureFacetValue) counts by,
// and the array columns it counts per value: see migration 20261130064522_list_facet_cube.
const CUBE_COLUMNS: readonly string[] = Object.values(Prisma.ProcedureFacetCellScalarFieldEnum).filter(
  (name) => name !== 'id' && name !== 'procedures',
);
const CUBE_ARRAY_COLUMNS: readonly string[] = ['concerns', 'bodyAreas'];

/**
 * Whether the facet cube gives this list's facets: no search or cost ceiling (no per-row
 * condition the cube cannot see), no concern or area filter (the cube counts array values one by
 * one, not which values share a row), and the registry counting only columns the cube has.
 */
export function cubeServes(params: ListParams, registry: ListRegistry = LIST_REGISTRY): boolean {
  const { scalar, array, picks } = facetColumns(registry);
  const counted = [...scalar, ...(picks ? [picks] : [])].every(({ column: name }) => CUBE_COLUMNS.includes(name));
  const arrays = array.every(({ column: name }) => CUBE_ARRAY_COLUMNS.includes(name));
  const filters = conditions(params, registry).every(({ facet, column: name }) => facet !== undefined && CUBE_COLUMNS.includes(name));
  return counted && arrays && filters;
}

/**
 * Every facet's counts, plus the total, as (facet, value, count) rows in one statement.
 * Each facet counts the rows that pass every filter but its own, so a row passing all filters
 * counts for every facet, a row failing exactly one counts only for that one's facet, and a row
 * failing two counts for none. The table is read once: the rows passing search and cost go into
 * a MATERIALIZED CTE of the few narrow columns facets need, tagged with the one facet filter they
 * fail (`miss`, NULL if none); rows failing two are left out. The single-valued facets and the
 * recovery picks then read a small GROUP BY of that set, the array facets match its distinct
 * masks of concerns and areas (lib/procedures/list/facet-masks.ts) to their values.
 * (Ten separate passes over the wide table rows, each re-evaluating the search, were what made
 * this statement slow at scale.) Where the facet cube serves the list, the same sums read its few
 * thousand precounted cells instead of the catalog's rows: `scalars` from ProcedureFacetCell, each
 * array facet from ProcedureFacetValue.
 */
export function facetQuery(
  params: ListParams,
  registry: ListRegistry = LIST_REGISTRY,
  source: 'table' | 'cube' = cubeServes(params, registry) ? 'cube' : 'table',
): Prisma.Sql {
  // The table's rows are read with concerns and areas as masks; the cube's cells have no arrays.
  const conditions = facetConditions(params, registry, source === 'table' ? 'mask' : 'array');
  // IS NOT TRUE: NULL (e.g. unknown recovery) fails a filter, as it does in a WHERE clause.
  const miss = conditions.length
    ? Prisma.sql`CASE ${Prisma.join(
        conditions.map(({ facet, sql }) => Prisma.sql`WHEN (${sql}) IS NOT TRUE THEN ${Prisma.raw(`'${facet}'`)}`),
        ' ',
      )} END`
    : Prisma.sql`NULL::text`;
  const failures = conditions.map(({ sql }) => Prisma.sql`((${sql}) IS NOT TRUE)::int`);
  const useful = failures.length > 1 ? [Prisma.sql`${Prisma.join(failures, ' + ')} <= 1`] : [];
  const countedFor = (facet: string) => Prisma.raw(`WHERE "miss" IS NULL OR "miss" = '${facet}'`);

  const { scalar, array, picks } = facetColumns(registry);
  const quoted = (facets: Faceted[]) => facets.map(({ column: name }) => `"${name}"`);
  // The GROUP BY keeps every column the single-valued facets and the picks count on.
  const grouping = quoted([...scalar, ...(picks ? [picks] : [])]);
  const grouped = Prisma.raw([...grouping, '"miss"'].join(', '));
  // An array column the matched rows carry as its mask, if it has one.
  const carried = (name: string) => (isMaskedArray(name) ? maskColumn(name) : name);
  const narrow = [...grouping, ...array.map(({ column: name }) => `"${carried(name)}"`)].map((name) => Prisma.raw(name));
  const scalarRows = scalar.map(
    ({ facet, column: name }) => Prisma.sql`
    SELECT ${Prisma.raw(`'${facet}'`)} AS facet, ${Prisma.raw(`"${name}"::text`)} AS value, sum("n")::int AS count
    FROM scalars ${countedFor(facet)} GROUP BY 2`,
  );
  // Rows are grouped by their whole array (or mask) first: a catalog has far fewer distinct sets
  // of concerns (or areas) than rows, so only the groups are unnested, or joined to their bits.
  const arrayRows = array.map(({ facet, column: name }) =>
    source === 'cube'
      ? Prisma.sql`
    SELECT ${Prisma.raw(`'${facet}'`)} AS facet, "value", sum("procedures")::int AS count
    FROM (SELECT "value", "procedures", ${miss} AS "miss" FROM "ProcedureFacetValue"
      ${where([Prisma.raw(`"column" = '${name}'`), ...useful])}) AS "values"
    ${countedFor(facet)} GROUP BY 2`
      : isMaskedArray(name)
        ? Prisma.sql`
    SELECT ${Prisma.raw(`'${facet}'`)} AS facet, bits."value", sum(sets."n")::int AS count
    FROM (SELECT ${column(carried(name))} AS "mask", count(*) AS "n" FROM matched ${countedFor(facet)} GROUP BY 1) AS sets
    JOIN ${maskBits(name)} AS bits ON sets."mask" & (1 << bits."bit") <> 0
    GROUP BY 2`
        : Prisma.sql`
    SELECT ${Prisma.raw(`'${facet}'`)} AS facet, unnest("values")::text AS value, sum("n")::int AS count
    FROM (SELECT ${Prisma.raw(`"${name}"`)} AS "values", count(*) AS "n" FROM matched ${countedFor(facet)} GROUP BY 1) AS sets
    GROUP BY 2`,
  );
  // The picks are counted over the rows their facet counts; the total (rows missing no filter)
  // is a subset of those, so it comes from the same pass.
  const pickCounts = picks
    ? picks.picks.map(
        (pick) => Prisma.sql`(sum("n") FILTER (WHERE ${column(picks.column)} <= ${pick.days}))::int AS ${Prisma.raw(`"r${pick.days}"`)}`,
      )
    : [];
  const pickRows = picks ? picks.picks.map((pick) => Prisma.raw(`('${picks.facet}', '${pick.days}', coalesce("r${pick.days}", 0))`)) : [];
  const pickAndTotalRows = Prisma.sql`
    SELECT v.facet, v.value, v.count FROM picks CROSS JOIN LATERAL (VALUES
      ${Prisma.join([...pickRows, Prisma.raw(`('${TOTAL_FACET}', '', coalesce(total, 0))`)])}) AS v(facet, value, count)`;
  // The cube's cells are already one row per combination of the grouped columns.
  const counts =
    source === 'cube'
      ? Prisma.sql`
    scalars AS MATERIALIZED (
      SELECT ${Prisma.join([...grouping.map((name) => Prisma.raw(name)), Prisma.sql`${miss} AS "miss"`, Prisma.raw('"procedures" AS "n"')])}
      FROM "ProcedureFacetCell" ${where(useful)}
    )`
      : Prisma.sql`
    matched AS MATERIALIZED (
      SELECT ${Prisma.join([...narrow, Prisma.sql`${miss} AS "miss"`])}
      FROM "Procedure" ${where([...sharedConditions(params, registry), ...useful])}
    ),
    scalars AS MATERIALIZED (
      SELECT ${grouped}, count(*) AS "n" FROM matched GROUP BY ${grouped}
    )`;
  return Prisma.sql`
    WITH ${counts},
    picks AS (
      SELECT ${Prisma.join([...pickCounts, Prisma.sql`(sum("n") FILTER (WHERE "miss" IS NULL))::int AS total`])}
      FROM scalars ${picks ? countedFor(picks.facet) : Prisma.empty}
    )
    ${Prisma.join([...scalarRows, ...arrayRows, pickAndTotalRows], ' UNION ALL ')}`;
}
