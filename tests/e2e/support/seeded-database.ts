import { createEmptyDatabase, postgresUrlForTests, runPrisma, runSeed } from '../../support/test-database';

// A database of its own for tests that start and kill their own servers: migrated with the
// real Prisma CLI and seeded with the real catalog, on PostgreSQL when TEST_DATABASE_URL is
// set, otherwise in a fresh PGlite folder (which only one server at a time may open).

export type SeededDatabase = { url: string; kind: 'pglite' | 'postgres'; drop: () => Promise<void> };

export async function createSeededDatabase(label: string): Promise<SeededDatabase> {
  const database = await createEmptyDatabase(label);
  runPrisma(['migrate', 'deploy'], database.url);
  runSeed(database.url);
  return { ...database, kind: postgresUrlForTests() ? 'postgres' : 'pglite' };
}

/** Every slug in the seeded catalog, as the API lists it. */
export async function catalogSlugs(baseUrl: string): Promise<string[]> {
  const response = await fetch(`${baseUrl}/api/procedures?pageSize=100&sort=name`);
  const body = (await response.json()) as { items: { slug: string }[]; total: number };
  if (body.items.length !== body.total) throw new Error('Catalog larger than one API page');
  return body.items.map((item) => item.slug);
}
