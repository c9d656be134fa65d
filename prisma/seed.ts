import { getCatalogDir, getDatabaseConfig } from '../lib/config/env';
import { openDatabase } from '../lib/db/client';
import { CatalogError, loadCatalog } from '../lib/procedures/catalog/catalog-file';
import { importCatalog } from '../lib/procedures/catalog/import-catalog';

// `prisma db seed` (wired in prisma.config.ts): validate the whole catalog first, then write it
// in one transaction. A bad entry stops here with its file, slug and field named.

async function main() {
  const entries = loadCatalog(getCatalogDir());
  const db = await openDatabase(getDatabaseConfig());
  try {
    const { upserted } = await importCatalog(db.prisma, entries);
    console.log(`Seeded ${upserted} catalog entries.`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof CatalogError ? error.message : error);
  process.exit(1);
});
