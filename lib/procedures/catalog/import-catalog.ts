import type { PrismaClient } from '../../generated/prisma/client';
import type { CatalogEntry } from './catalog-schema';
import { toProcedureData, toSourceRows } from './catalog-to-row';

// Writes the catalog in one transaction: every entry is upserted by slug and its sources
// replaced, or (on any error, or a crash) nothing changes. Running it twice changes nothing.
// The facet cube (migration 20261130064522_list_facet_cube) is recounted once, at the end, rather
// than after each of the upserts (migration 20261130073221_facet_cube_deferred_by_seed).

export async function importCatalog(prisma: PrismaClient, entries: CatalogEntry[]): Promise<{ upserted: number }> {
  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT set_config('procedure_compare.defer_facet_cube', 'on', true)`;
      for (const entry of entries) {
        const data = toProcedureData(entry);
        const procedure = await tx.procedure.upsert({
          where: { slug: entry.slug },
          create: data,
          update: data,
          select: { id: true },
        });
        await tx.citedSource.deleteMany({ where: { procedureId: procedure.id } });
        await tx.citedSource.createMany({
          data: toSourceRows(entry).map((source) => ({ ...source, procedureId: procedure.id })),
        });
      }
      await tx.$executeRaw`SELECT set_config('procedure_compare.defer_facet_cube', 'off', true)`;
      await tx.$executeRaw`SELECT "refresh_procedure_facet_cube"()`;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { upserted: entries.length };
}
