import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquirePgliteLock } from '@/lib/db/pglite-lock';

// The real Prisma CLI, offline, through scripts/schema-engine/bridge.mjs. Each run works in a
// throwaway project: a copy of prisma.config.ts, the schema and the migrations, with
// node_modules, lib/db and scripts linked to the repo's. The child env has no
// PRISMA_SCHEMA_ENGINE_BINARY: prisma.config.ts alone must wire the bridge in.

const REPO = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(REPO, 'node_modules/prisma/build/index.js');
const MIGRATIONS = fs.readdirSync(path.join(REPO, 'prisma/migrations')).filter((name) => /^\d+_/.test(name));
const CLI_TIMEOUT = 240_000;
// Each test runs the CLI (wasm engine + PGlite start-up) one to three times.
const TEST_TIMEOUT = 600_000;
const TABLES = ['Procedure', 'CitedSource', '_prisma_migrations'];

type Run = { status: number | null; output: string };

function makeProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-engine-bridge-'));
  fs.mkdirSync(path.join(dir, 'prisma'));
  fs.copyFileSync(path.join(REPO, 'prisma.config.ts'), path.join(dir, 'prisma.config.ts'));
  fs.copyFileSync(path.join(REPO, 'prisma/schema.prisma'), path.join(dir, 'prisma/schema.prisma'));
  fs.cpSync(path.join(REPO, 'prisma/migrations'), path.join(dir, 'prisma/migrations'), { recursive: true });
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'));
  // prisma.config.ts reads DATABASE_URL with lib/config, and the bridge opens PGlite with lib/db
  // (only those folders: lib/generated stays the repo's own).
  fs.mkdirSync(path.join(dir, 'lib'));
  for (const folder of ['lib/config', 'lib/db']) fs.symlinkSync(path.join(REPO, folder), path.join(dir, folder));
  fs.symlinkSync(path.join(REPO, 'scripts'), path.join(dir, 'scripts'));
  return dir;
}

function prisma(project: string, databaseUrl: string, ...args: string[]): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl };
  delete env.PRISMA_SCHEMA_ENGINE_BINARY;
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: project,
    env,
    encoding: 'utf8',
    timeout: CLI_TIMEOUT,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function ok(run: Run): string {
  expect(run.status, run.output).toBe(0);
  return run.output;
}

function addModel(project: string): void {
  const schema = path.join(project, 'prisma/schema.prisma');
  fs.appendFileSync(schema, '\nmodel BridgeProbe {\n  id   Int    @id @default(autoincrement())\n  note String\n}\n');
}

/** Runs the same scenario on either runtime; `tables()` reads the database after the CLI exits. */
function migrationScenario(databaseUrl: () => string, tables: () => Promise<string[]>) {
  let project: string;
  beforeAll(() => {
    project = makeProject();
  });
  afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

  it('migrate deploy applies every migration to a fresh database', { timeout: TEST_TIMEOUT }, async () => {
    const output = ok(prisma(project, databaseUrl(), 'migrate', 'deploy'));
    expect(output).toContain('All migrations have been successfully applied');
    expect(await tables()).toEqual(expect.arrayContaining(TABLES));
  });

  it('migrate status reports the database up to date', { timeout: TEST_TIMEOUT }, () => {
    const output = ok(prisma(project, databaseUrl(), 'migrate', 'status'));
    expect(output).toContain(`${MIGRATIONS.length} migration`);
    expect(output).toContain('Database schema is up to date!');
  });

  it('migrate diff finds the migrations and the database equal to the schema', { timeout: TEST_TIMEOUT }, () => {
    const schema = 'prisma/schema.prisma';
    const fromMigrations = ['--from-migrations', 'prisma/migrations', '--to-schema', schema, '--exit-code'];
    expect(ok(prisma(project, databaseUrl(), 'migrate', 'diff', ...fromMigrations))).toContain('No difference detected');
    const fromDatabase = ['--from-config-datasource', '--to-schema', schema, '--exit-code'];
    expect(ok(prisma(project, databaseUrl(), 'migrate', 'diff', ...fromDatabase))).toContain('No difference detected');
  });

  it('migrate dev creates and applies the next migration on top of the history', { timeout: TEST_TIMEOUT }, async () => {
    addModel(project);
    const output = ok(prisma(project, databaseUrl(), 'migrate', 'dev', '--name', 'bridge_probe'));
    expect(output).toContain('Your database is now in sync with your schema.');
    const created = fs.readdirSync(path.join(project, 'prisma/migrations')).filter((n) => n.endsWith('_bridge_probe'));
    expect(created).toHaveLength(1);
    const sql = fs.readFileSync(path.join(project, 'prisma/migrations', created[0]!, 'migration.sql'), 'utf8');
    expect(sql).toContain('CREATE TABLE "BridgeProbe"');
    expect(await tables()).toContain('BridgeProbe');
    expect(ok(prisma(project, databaseUrl(), 'migrate', 'status'))).toContain('Database schema is up to date!');
  });
}

describe('Prisma CLI on embedded PGlite', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-engine-pglite-'));
  const dataDir = path.join(root, 'db');
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  async function pgliteTables(): Promise<string[]> {
    // The CLI does not wait for the engine to exit; the lock waits for it to finish closing.
    const lock = await acquirePgliteLock(dataDir);
    const db = await PGlite.create(dataDir);
    try {
      const { rows } = await db.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
      );
      return rows.map((row) => row.table_name);
    } finally {
      await db.close();
      lock.release();
    }
  }

  migrationScenario(() => `file:${dataDir}`, pgliteTables);

  it('stops a second process with a clear message while the folder is in use', { timeout: TEST_TIMEOUT }, async () => {
    const project = makeProject();
    const busyDir = path.join(root, 'busy');
    const lock = await acquirePgliteLock(busyDir);
    try {
      const run = prisma(project, `file:${busyDir}`, 'migrate', 'status');
      expect(run.status).not.toBe(0);
      expect(run.output).toContain(`is in use by process ${process.pid}`);
      expect(run.output).toContain('PGlite allows one process per data folder');
      expect(run.output).toContain('DATABASE_URL=postgres://');
    } finally {
      lock.release();
      fs.rmSync(project, { recursive: true, force: true });
    }
  });
});

const postgresUrl = process.env.TEST_DATABASE_URL?.trim();

describe.skipIf(!postgresUrl)('Prisma CLI on PostgreSQL (TEST_DATABASE_URL)', () => {
  const name = `schema_engine_bridge_${process.pid}_${Date.now()}`;
  const url = new URL(postgresUrl ?? 'postgres://unused');
  url.pathname = `/${name}`;

  async function admin(sql: string): Promise<void> {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  async function postgresTables(): Promise<string[]> {
    const client = new pg.Client({ connectionString: url.href });
    await client.connect();
    try {
      const { rows } = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
      );
      return rows.map((row) => row.table_name);
    } finally {
      await client.end();
    }
  }

  beforeAll(() => admin(`CREATE DATABASE "${name}"`));
  afterAll(() => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

  migrationScenario(() => url.href, postgresTables);
});
