import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '@/lib/config/env';
import { openDatabase } from '@/lib/db/client';
import { loadCatalog } from '@/lib/procedures/catalog/catalog-file';
import { importCatalog } from '@/lib/procedures/catalog/import-catalog';
import { createEmptyDatabase, runPrisma, runSeed } from '../support/test-database';
import { catalogCounts } from './catalog-counts';

// The real `prisma/seed.ts`, run as a separate process on a freshly migrated database.

const catalog = loadCatalog();
let database: Awaited<ReturnType<typeof createEmptyDatabase>>;

function seedFailure(url: string, env: Record<string, string>): string {
  try {
    runSeed(url, env);
  } catch (error) {
    return String((error as { stderr?: string }).stderr);
  }
  throw new Error('the seed should have failed');
}

beforeAll(async () => {
  database = await createEmptyDatabase('seed');
  runPrisma(['migrate', 'deploy'], database.url);
});
afterAll(() => database.drop());

describe('prisma db seed', () => {
  it('stops on a bad entry, naming it, and writes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-catalog-'));
    const entries = structuredClone(catalog);
    entries[entries.length - 1]!.riskLevel = 'extreme' as never;
    fs.writeFileSync(path.join(dir, 'catalog.json'), JSON.stringify(entries));
    const stderr = seedFailure(database.url, { CATALOG_DIR: dir });
    expect(stderr).toContain(`entry "${entries[entries.length - 1]!.slug}", field riskLevel`);
    expect(stderr).toContain('nothing was written');
    expect(await catalogCounts(database.url)).toEqual({ procedures: 0, sources: 0 });
  });

  it('refuses a figure without its evidence, naming the procedure and the field', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unsourced-catalog-'));
    const entries = structuredClone(catalog);
    const target = entries.find((entry) => entry.slug === 'rhinoplasty')!;
    delete (target.downtime as { evidence?: unknown }).evidence;
    fs.writeFileSync(path.join(dir, 'catalog.json'), JSON.stringify(entries));
    const stderr = seedFailure(database.url, { CATALOG_DIR: dir });
    expect(stderr).toContain('entry "rhinoplasty", field downtime');
    expect(stderr).toContain('nothing was written');
    expect(await catalogCounts(database.url)).toEqual({ procedures: 0, sources: 0 });
  });

  it('rolls back every entry when a write fails part-way', async () => {
    // Bypass validation so the database itself rejects the last entry, after the others were
    // written inside the transaction.
    const entries = structuredClone(catalog);
    entries[entries.length - 1]!.category = 'not_a_category' as never;
    const db = await openDatabase(readEnv({ DATABASE_URL: database.url }).DATABASE_URL);
    try {
      await expect(importCatalog(db.prisma, entries)).rejects.toThrow();
    } finally {
      await db.close();
    }
    expect(await catalogCounts(database.url)).toEqual({ procedures: 0, sources: 0 });
  });

  it('loads the catalog, and running it again changes nothing', async () => {
    const out = runSeed(database.url);
    expect(out).toContain(`Seeded ${catalog.length} catalog entries.`);
    const sources = catalog.reduce((total, entry) => total + entry.sources.length, 0);
    const first = await catalogCounts(database.url);
    expect(first.sources).toBeGreaterThanOrEqual(sources);
    runSeed(database.url);
    expect(await catalogCounts(database.url)).toEqual(first);
  });
});
