import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { toDetailFromEntry } from '@/lib/procedures/catalog/catalog-details';
import { loadCatalog } from '@/lib/procedures/catalog/catalog-file';
import { getAllProcedureCards, getAllProcedureDetails } from '@/lib/procedures/list/queries';
import { cardSelect, toCard } from '@/lib/procedures/catalog/view';

// The card and detail columns are listed once (cardSelect, detailSelect). Against the real seeded
// database: every way of reading them gives the same view model.

describe('rows read through the one column list', () => {
  it('reads the same card through raw SQL (the list) and a Prisma select (bookmarks)', async () => {
    const db = await getDb();
    const viaSelect = (await db.procedure.findMany({ select: cardSelect, orderBy: { name: 'asc' } })).map(toCard);
    const viaSql = await getAllProcedureCards();
    expect(viaSql.length).toBe(loadCatalog().length);
    expect(viaSql).toEqual(viaSelect);
  });

  it('reads every detail from the database exactly as the catalog maps it', async () => {
    const fromCatalog = loadCatalog()
      .map(toDetailFromEntry)
      .sort((a, b) => a.slug.localeCompare(b.slug));
    const fromDatabase = await getAllProcedureDetails();
    expect(fromDatabase.map((detail) => detail.slug)).toEqual(fromCatalog.map((detail) => detail.slug));
    for (const [i, detail] of fromDatabase.entries()) expect(detail, detail.slug).toEqual(fromCatalog[i]);
  });
});
