import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { BODY_AREAS, CONCERNS } from '@/lib/procedures/constants';
import { queryProcedureList } from '@/lib/procedures/list/list-query';
import { listParamsSchema } from '@/lib/procedures/list/search-params';

// concernMask / bodyAreaMask (migration 20261130130000_facet_masks, lib/procedures/list/facet-masks.ts)
// on the real seeded database of this worker (PGlite, or PostgreSQL with TEST_DATABASE_URL).

type Bit = { column: string; value: string; bit: number };

describe('facet masks', () => {
  it('give every concern and area of the catalog schema a bit of its own', async () => {
    const db = await getDb();
    const bits = await db.$queryRaw<Bit[]>`SELECT "column", "value", "bit" FROM "FacetMaskBit" ORDER BY "column", "bit"`;
    for (const [column, values] of [
      ['concerns', CONCERNS],
      ['bodyAreas', BODY_AREAS],
    ] as const) {
      const own = bits.filter((bit) => bit.column === column);
      // A value added to constants.ts needs a migration appending its bit: this names the missing ones.
      expect(values.filter((value) => !own.some((bit) => bit.value === value))).toEqual([]);
      expect(new Set(own.map((bit) => bit.bit)).size).toBe(own.length);
      expect(own.every((bit) => bit.bit >= 0 && bit.bit <= 30)).toBe(true);
    }
  });

  it('equal the arrays on every seeded row', async () => {
    const db = await getDb();
    const [counts] = await db.$queryRaw<{ rows: number; withConcerns: number; stale: number }[]>`
      SELECT count(*)::int AS rows, count(*) FILTER (WHERE "concernMask" <> 0)::int AS "withConcerns",
        count(*) FILTER (WHERE
          "concernMask" <> (SELECT coalesce(bit_or(1 << b."bit"), 0) FROM "FacetMaskBit" b WHERE b."column" = 'concerns' AND b."value" = ANY(p."concerns"))
          OR "bodyAreaMask" <> (SELECT coalesce(bit_or(1 << b."bit"), 0) FROM "FacetMaskBit" b WHERE b."column" = 'bodyAreas' AND b."value" = ANY(p."bodyAreas"))
        )::int AS stale
      FROM "Procedure" p`;
    expect(counts!.rows).toBeGreaterThan(20);
    expect(counts!.withConcerns).toBe(counts!.rows);
    expect(counts!.stale).toBe(0);
  });

  it('follow a write to the arrays, and refuse a value with no bit', async () => {
    const db = await getDb();
    const rollback = new Error('rollback');
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "Procedure" SET "concerns" = ARRAY['acne_scars', 'wrinkles'], "bodyAreas" = ARRAY['neck'] WHERE "slug" = 'botox'`;
        const [row] = await tx.$queryRaw<{ concerns: number; areas: number }[]>`
          SELECT "concernMask" AS concerns, "bodyAreaMask" AS areas FROM "Procedure" WHERE "slug" = 'botox'`;
        const bit = (column: string, value: string) =>
          tx.$queryRaw<{ bit: number }[]>`SELECT "bit" FROM "FacetMaskBit" WHERE "column" = ${column} AND "value" = ${value}`.then(
            (rows) => 1 << rows[0]!.bit,
          );
        expect(row!.concerns).toBe((await bit('concerns', 'acne_scars')) | (await bit('concerns', 'wrinkles')));
        expect(row!.areas).toBe(await bit('bodyAreas', 'neck'));
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    await expect(db.$executeRaw`UPDATE "Procedure" SET "concerns" = ARRAY['no_such_concern'] WHERE "slug" = 'botox'`).rejects.toThrow(
      /No bit for concerns value "no_such_concern"/,
    );
    const [botox] = await db.$queryRaw<{ concerns: string[] }[]>`SELECT "concerns" FROM "Procedure" WHERE "slug" = 'botox'`;
    expect(botox!.concerns).not.toContain('no_such_concern');
  });

  it('count the concern and area facets as the arrays do', async () => {
    const db = await getDb();
    const params = listParamsSchema.parse({ concern: ['wrinkles'], area: ['face'], risk: ['low', 'moderate'] });
    const list = await queryProcedureList(db, params);
    // Each facet counts the rows passing every other filter, read here from the arrays themselves.
    const concerns = await db.$queryRaw<{ value: string; count: number }[]>`
      SELECT unnest("concerns") AS value, count(*)::int AS count FROM "Procedure"
      WHERE "bodyAreas" && ARRAY['face'] AND "riskLevel" IN ('low', 'moderate') GROUP BY 1`;
    const areas = await db.$queryRaw<{ value: string; count: number }[]>`
      SELECT unnest("bodyAreas") AS value, count(*)::int AS count FROM "Procedure"
      WHERE "concerns" && ARRAY['wrinkles'] AND "riskLevel" IN ('low', 'moderate') GROUP BY 1`;
    const sorted = (rows: { value: string; count: number }[]) => [...rows].sort((a, b) => a.value.localeCompare(b.value));
    expect(concerns.length).toBeGreaterThan(3);
    expect(sorted(list.facets.concern)).toEqual(sorted(concerns));
    expect(sorted(list.facets.area)).toEqual(sorted(areas));
  });
});
