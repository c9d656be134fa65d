import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/procedures/catalog/catalog-file';
import { LOCK_FILE_NAME } from '@/lib/db/pglite-lock';
import { REPO_ROOT, createEmptyDatabase, runPrisma, runSeed } from '../support/test-database';
import { catalogCounts } from './catalog-counts';

// The seed is all-or-nothing even when its process is killed outright (SIGKILL: no handler,
// no rollback from our code) in the middle of its one import transaction. A generated catalog
// big enough that the transaction runs for seconds makes the kill land inside it; the test
// checks that it did, then that the database holds none of the catalog, and that a rerun
// loads all of it.
//
// On PGlite the database lives in the killed process, so the kill also leaves its data folder
// un-closed (and its lock file behind). The test reopens that folder, which must work: the
// stale lock is taken over and Postgres' crash recovery runs inside PGlite.

const COPIES = 40; // × 35 real entries = 1,400 entries, ~5,600 statements in one transaction

const base = loadCatalog();
let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
let bigCatalogDir: string;
let total: number;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` is true; false if the deadline passes first. */
async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(200);
  }
  return false;
}

/** On PostgreSQL: true once another session on `url`'s database has had a transaction open a while. */
async function transactionOpen(url: string, minAgeMs: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()
          AND xact_start IS NOT NULL AND now() - xact_start > make_interval(secs => $1)`,
      [minAgeMs / 1000],
    );
    return (rows[0]?.n ?? 0) > 0;
  } finally {
    await client.end();
  }
}

/** Newest modification time of any file under the PGlite folder's WAL directory. */
function walTouchedAt(dataDir: string): number {
  const wal = path.join(dataDir, 'pg_wal');
  if (!fs.existsSync(wal)) return 0;
  return Math.max(0, ...fs.readdirSync(wal).map((name) => fs.statSync(path.join(wal, name)).mtimeMs));
}

beforeAll(async () => {
  bigCatalogDir = fs.mkdtempSync(path.join(os.tmpdir(), 'big-catalog-'));
  const entries = Array.from({ length: COPIES }, (_, copy) =>
    base.map((entry) => ({ ...structuredClone(entry), slug: `${entry.slug}-copy-${copy}`, name: `${entry.name} (copy ${copy})` })),
  ).flat();
  fs.writeFileSync(path.join(bigCatalogDir, 'catalog.json'), JSON.stringify(entries));
  total = loadCatalog(bigCatalogDir).length; // the generated catalog is valid: the seed will write it
  database = await createEmptyDatabase('seedcrash');
  runPrisma(['migrate', 'deploy'], database.url);
});
afterAll(async () => {
  await database?.drop();
  fs.rmSync(bigCatalogDir, { recursive: true, force: true });
});

describe('seed killed with SIGKILL mid-transaction', () => {
  it('leaves none of the catalog, and a rerun loads all of it', { timeout: 240_000 }, async () => {
    const url = database.url;
    const isPostgres = url.startsWith('postgres');
    const dataDir = isPostgres ? '' : url.replace(/^file:/, '');
    let walSeen = isPostgres ? 0 : walTouchedAt(dataDir);
    let walAdvances = 0;

    // `node --import tsx`, not the tsx CLI: the CLI runs the script in a child process, which a
    // SIGKILL of the CLI would leave running (and finishing the seed).
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'prisma/seed.ts')], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: url, CATALOG_DIR: bigCatalogDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));

    // Wait for evidence that the import transaction is under way, then kill without warning.
    const underWay = isPostgres
      ? await waitFor(() => transactionOpen(url, 1_000), 120_000)
      : await waitFor(() => {
          // Opening the folder writes the WAL once; the WAL moving on at 3 separate polls means
          // statements are streaming in, i.e. the import transaction is running.
          const touched = walTouchedAt(dataDir);
          if (fs.existsSync(path.join(dataDir, LOCK_FILE_NAME)) && touched > walSeen) {
            walSeen = touched;
            walAdvances += 1;
          }
          return walAdvances >= 3;
        }, 120_000);
    expect(underWay, output).toBe(true);
    expect(child.exitCode, `the seed finished before the kill:\n${output}`).toBeNull();
    if (!isPostgres) {
      // The process we kill is the one holding the database open.
      const holder = fs.readFileSync(path.join(dataDir, LOCK_FILE_NAME), 'utf8').split('\n')[0];
      expect(Number(holder)).toBe(child.pid);
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(output).not.toContain('Seeded');

    if (isPostgres) {
      // The server rolls the dead client's transaction back once it notices the closed socket.
      expect(await waitFor(async () => !(await transactionOpen(url, 0)), 30_000)).toBe(true);
    } else {
      expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(true); // left behind by the kill
    }

    expect(await catalogCounts(url)).toEqual({ procedures: 0, sources: 0 });

    const out = runSeed(url, { CATALOG_DIR: bigCatalogDir });
    expect(out).toContain(`Seeded ${total} catalog entries.`);
    const after = await catalogCounts(url);
    expect(after.procedures).toBe(total);
    expect(after.sources).toBe(COPIES * base.reduce((sum, entry) => sum + entry.sources.length, 0));
  });
});
