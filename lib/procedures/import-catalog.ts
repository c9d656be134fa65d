import type { PrismaClient } from '../generated/prisma/client';
import type { CatalogEntry } from './catalog-schema';
import { toProcedureData, toSourceRows } from './catalog-to-row';

// Writes the catalog in one transaction: every entry is upserted by slug and its sources
// replaced, or (on any error, or a crash) nothing changes. Running it twice changes nothing.

export async function importCatalog(prisma: PrismaClient, entries: CatalogEntry[]): Promise<{ upserted: number }> {
  await prisma.$transaction(
    async (tx) => {
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
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { upserted: entries.length };
}
