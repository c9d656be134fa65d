import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/db/client';
import { readEnv } from '@/lib/config/env';
import { REPO_ROOT, createEmptyDatabase, runPrisma, runSeed } from '../support/test-database';

// The catalog v2 migration replaces the Source table and adds the milestone, interval, cost-basis
// and evidence columns. A database that already holds visitors' bookmarks, notes and share links
// (made by the migrations before it, with a catalog row in the old shape) must keep every one of
// them through `migrate deploy` and the new seed.

const CATALOG_V2 = '20261130025451_catalog_v2';
const MIGRATIONS = path.join(REPO_ROOT, 'prisma/migrations');

let database: Awaited<ReturnType<typeof createEmptyDatabase>>;

/** `prisma migrate deploy` with only the migrations older than `before`, through a config of its own. */
function deployMigrationsBefore(before: string, url: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-old-migrations-'));
  const migrations = path.join(dir, 'migrations');
  fs.mkdirSync(migrations);
  for (const name of fs.readdirSync(MIGRATIONS)) {
    if (name === 'migration_lock.toml' || name < before)
      fs.cpSync(path.join(MIGRATIONS, name), path.join(migrations, name), { recursive: true });
  }
  const config = path.join(dir, 'prisma.config.mjs');
  fs.writeFileSync(
    config,
    `process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= ${JSON.stringify(path.join(REPO_ROOT, 'scripts/schema-engine/bridge.mjs'))};
export default { schema: ${JSON.stringify(path.join(REPO_ROOT, 'prisma/schema.prisma'))}, migrations: { path: ${JSON.stringify(migrations)} }, datasource: { url: process.env.DATABASE_URL } };\n`,
  );
  try {
    return runPrisma(['migrate', 'deploy', '--config', config], url);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function withClient<T>(url: string, run: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const db = await openDatabase(readEnv({ DATABASE_URL: url }).DATABASE_URL);
  try {
    return await run(db);
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  database = await createEmptyDatabase('migrate_v2');
}, 180_000);
afterAll(() => database?.drop());

describe('catalog v2 migration', () => {
  it('keeps every bookmark, note and share link, and the new seed fills the new fields', async () => {
    const out = deployMigrationsBefore(CATALOG_V2, database.url);
    expect(out).not.toContain(CATALOG_V2);

    // The old shape, written as the old app wrote it: a catalog row with a recovery range and a
    // Source row, two visitors' bookmarks with notes, and a share link.
    await withClient(database.url, async ({ prisma }) => {
      await prisma.$executeRawUnsafe(`INSERT INTO "Procedure" ("slug", "name", "aliases", "brands", "searchText", "category",
        "specialty", "invasiveness", "anesthesia", "recoveryMinDays", "recoveryMaxDays", "milestones", "riskLevel",
        "commonSideEffects", "seriousRisks", "concerns", "bodyAreas", "providerType", "trainingToLookFor", "fdaStatus",
        "summary", "lastReviewed", "updatedAt")
        VALUES ('facelift', 'Facelift', '{}', '{}', 'facelift', 'surgery', 'plastic_surgery', 'surgical', '{general}', NULL, NULL,
          '[]', 'high', '{Swelling}', '{Hematoma}', '{sagging_skin}', '{face}', 'A plastic surgeon', 'Board certification',
          'not_applicable', 'Old summary', '2026-11-25', now()),
        ('botox', 'Botox', '{}', '{}', 'botox', 'neuromodulator', 'cosmetic_dermatology', 'minimally_invasive', '{none}', 0, 0,
          '[]', 'low', '{Bruising}', '{Spread of toxin}', '{wrinkles}', '{forehead}', 'A dermatologist', 'Board certification',
          'approved', 'Old summary', '2026-11-25', now())`);
      await prisma.$executeRawUnsafe(`INSERT INTO "Source" ("procedureId", "position", "title", "url", "publisher")
        SELECT "id", 0, 'Old source', 'https://example.org/old', 'Old publisher' FROM "Procedure"`);
      await prisma.$executeRawUnsafe(`INSERT INTO "Visitor" ("id") VALUES ('visitor-a'), ('visitor-b')`);
      await prisma.$executeRawUnsafe(`INSERT INTO "Bookmark" ("visitorId", "procedureId", "note", "updatedAt")
        SELECT 'visitor-a', "id", 'ask about scars for ' || "slug", now() FROM "Procedure"`);
      await prisma.$executeRawUnsafe(`INSERT INTO "Bookmark" ("visitorId", "procedureId", "note", "updatedAt")
        SELECT 'visitor-b', "id", NULL, now() FROM "Procedure" WHERE "slug" = 'botox'`);
      await prisma.$executeRawUnsafe(`INSERT INTO "ShareLink" ("token", "visitorId") VALUES ('share-token-a', 'visitor-a')`);
    });

    const bookmarksBefore = await withClient(database.url, ({ prisma }) =>
      prisma.$queryRawUnsafe<{ visitorId: string; slug: string; note: string | null; createdAt: Date }[]>(
        `SELECT b."visitorId", p."slug", b."note", b."createdAt" FROM "Bookmark" b JOIN "Procedure" p ON p."id" = b."procedureId"
         ORDER BY b."visitorId", p."slug"`,
      ),
    );
    expect(bookmarksBefore).toHaveLength(3);

    expect(runPrisma(['migrate', 'deploy'], database.url)).toContain(CATALOG_V2);
    runSeed(database.url);

    await withClient(database.url, async ({ prisma }) => {
      const after = await prisma.bookmark.findMany({
        select: { visitorId: true, note: true, createdAt: true, procedure: { select: { slug: true } } },
        orderBy: [{ visitorId: 'asc' }, { procedure: { slug: 'asc' } }],
      });
      expect(after.map((b) => ({ visitorId: b.visitorId, slug: b.procedure.slug, note: b.note, createdAt: b.createdAt }))).toEqual(
        bookmarksBefore,
      );
      // Still live, and (added later) still without notes: a link never starts sharing notes by itself.
      expect(
        await prisma.shareLink.findUnique({ where: { token: 'share-token-a' }, select: { revokedAt: true, includeNotes: true } }),
      ).toEqual({ revokedAt: null, includeNotes: false });
      // The bookmarked rows are the same rows, now carrying the v2 catalog.
      const facelift = await prisma.procedure.findUniqueOrThrow({ where: { slug: 'facelift' }, include: { sources: true } });
      expect(facelift.recoveryMaxDays).not.toBeNull();
      expect(facelift.finalResultMaxDays).not.toBeNull();
      expect(Object.keys(facelift.evidence as object)).toContain('downtime');
      expect(facelift.sources.length).toBeGreaterThan(0);
      expect(facelift.sources.every((source) => source.url !== 'https://example.org/old')).toBe(true);
    });
  });
});
