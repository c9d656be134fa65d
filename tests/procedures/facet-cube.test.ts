import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { loadCatalog } from '@/lib/procedures/catalog/catalog-file';
import { importCatalog } from '@/lib/procedures/catalog/import-catalog';
import { countProcedureMatches } from '@/lib/procedures/list/list-query';
import { cubeServes, facetQuery, whereClause } from '@/lib/procedures/list/list-sql';
import { LIST_REGISTRY } from '@/lib/procedures/list/filter-registry';
import { listParamsSchema, type ListParams } from '@/lib/procedures/list/search-params';

// The facet cube (ProcedureFacetCell/-Value, kept by a trigger) against the catalog rows it
// counts, on the real seeded database of this worker (PGlite, or PostgreSQL with TEST_DATABASE_URL).

const params = (input: Partial<Record<keyof ListParams, unknown>> = {}) => listParamsSchema.parse(input);

type FacetRow = { facet: string; value: string; count: number };
type Db = Pick<Awaited<ReturnType<typeof getDb>>, '$queryRaw'>;

async function facets(db: Db, list: ListParams, source: 'table' | 'cube') {
  const rows = await db.$queryRaw<FacetRow[]>(facetQuery(list, LIST_REGISTRY, source));
  return rows.map((row) => `${row.facet}=${row.value}:${row.count}`).sort();
}

const SERVED = [
  {},
  { downtimeDays: '7', invasiveness: ['minimally_invasive'] },
  { downtimeDays: '0', specialty: 'cosmetic_dermatology' },
  { category: ['surgery', 'laser_light'], risk: ['low', 'moderate'], sort: 'cost' },
  { downtimeDays: '14', invasiveness: ['surgical', 'non_invasive'], category: ['surgery', 'dermal_filler'], risk: ['high'] },
];

describe('facet cube', () => {
  it('serves only lists whose every filter is a column it counts by', () => {
    for (const query of SERVED) expect(cubeServes(params(query))).toBe(true);
    expect(cubeServes(params({ q: 'laser' }))).toBe(false);
    expect(cubeServes(params({ costMax: '1500' }))).toBe(false);
    expect(cubeServes(params({ concern: ['wrinkles'] }))).toBe(false);
    expect(cubeServes(params({ area: ['face'], downtimeDays: '7' }))).toBe(false);
  });

  it('gives exactly the counts the catalog rows give', async () => {
    const db = await getDb();
    for (const query of SERVED) {
      const fromTable = await facets(db, params(query), 'table');
      expect(fromTable.length).toBeGreaterThan(20);
      expect(await facets(db, params(query), 'cube')).toEqual(fromTable);
    }
  });

  it('counts matches as the catalog rows do, for the "removing this filter would show N" hints', async () => {
    const db = await getDb();
    for (const query of [...SERVED, { downtimeDays: '3650', invasiveness: ['non_invasive'] }]) {
      const list = params(query);
      const [rows] = await db.$queryRaw<{ total: number }[]>(
        Prisma.sql`SELECT count(*)::int AS total FROM "Procedure" ${whereClause(list)}`,
      );
      expect(await countProcedureMatches(db, list)).toBe(rows!.total);
    }
  });

  it('follows every write to the catalog, in the same transaction', async () => {
    const db = await getDb();
    const list = params({ downtimeDays: '7', invasiveness: ['minimally_invasive'] });
    const before = await facets(db, list, 'cube');
    const rollback = new Error('rollback');
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "Procedure" SET "invasiveness" = 'minimally_invasive', "recoveryMaxDays" = 3,
          "concerns" = ARRAY['wrinkles', 'acne_scars'] WHERE "slug" IN (SELECT "slug" FROM "Procedure" ORDER BY "slug" LIMIT 5)`;
        await tx.$executeRaw`DELETE FROM "Procedure" WHERE "slug" = (SELECT "slug" FROM "Procedure" ORDER BY "slug" DESC LIMIT 1)`;
        const changed = await facets(tx, list, 'cube');
        expect(changed).not.toEqual(before);
        expect(changed).toEqual(await facets(tx, list, 'table'));
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await facets(db, list, 'cube')).toEqual(before);
  });

  it('is recounted once at the end of a seed, which defers the recount of each upsert', async () => {
    const db = await getDb();
    const list = params({ downtimeDays: '14' });
    await db.$executeRaw`DELETE FROM "ProcedureFacetCell"`;
    // A stale cube, then a re-import of the same catalog: only the seed's final recount can fix it.
    expect(await facets(db, list, 'cube')).not.toEqual(await facets(db, list, 'table'));
    await importCatalog(db, loadCatalog());
    expect(await facets(db, list, 'cube')).toEqual(await facets(db, list, 'table'));
    // What the seed sets: within that transaction, writes leave the recount to its end.
    const rollback = new Error('rollback');
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('procedure_compare.defer_facet_cube', 'on', true)`;
        await tx.$executeRaw`UPDATE "Procedure" SET "riskLevel" = 'high'`;
        expect(await facets(tx, list, 'cube')).not.toEqual(await facets(tx, list, 'table'));
        throw rollback;
      }),
    ).rejects.toBe(rollback);
  });

  it('is recounted after a transaction of several statements', async () => {
    const db = await getDb();
    const list = params({ downtimeDays: '14' });
    const [first] = await db.$queryRaw<{ slug: string; recoveryMaxDays: number | null; riskLevel: string }[]>`
      SELECT "slug", "recoveryMaxDays", "riskLevel"::text AS "riskLevel" FROM "Procedure" ORDER BY "slug" LIMIT 1`;
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE "Procedure" SET "recoveryMaxDays" = 1 WHERE "slug" = ${first!.slug}`;
      await tx.$executeRaw`UPDATE "Procedure" SET "riskLevel" = 'high' WHERE "slug" = ${first!.slug}`;
    });
    try {
      expect(await facets(db, list, 'cube')).toEqual(await facets(db, list, 'table'));
    } finally {
      await db.$executeRaw`UPDATE "Procedure" SET "recoveryMaxDays" = ${first!.recoveryMaxDays},
        "riskLevel" = ${first!.riskLevel}::"RiskLevel" WHERE "slug" = ${first!.slug}`;
    }
    expect(await facets(db, list, 'cube')).toEqual(await facets(db, list, 'table'));
  });

  it('holds one cell per combination of the columns it counts by', async () => {
    const db = await getDb();
    const [cells] = await db.$queryRaw<{ cells: number; combinations: number }[]>(Prisma.sql`
      SELECT (SELECT count(*)::int FROM "ProcedureFacetCell") AS cells,
        (SELECT count(*)::int FROM (SELECT DISTINCT "category", "specialty", "invasiveness", "riskLevel", "recoveryMaxDays" FROM "Procedure") AS c) AS combinations`);
    expect(cells!.cells).toBe(cells!.combinations);
  });
});
