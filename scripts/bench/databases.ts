import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseConfig } from '../../lib/config/env';
import { adminQuery, withDatabase } from '../postgres-admin';
import { onCleanup } from './cleanup';

// Fresh, really migrated databases for the benchmark. Migrations run once per runtime through the
// real Prisma CLI into a template; each catalog size then gets a copy (a folder copy for PGlite,
// CREATE DATABASE ... TEMPLATE for PostgreSQL), as tests/support/test-database.ts does.

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const PRISMA_CLI = path.join(REPO_ROOT, 'node_modules/prisma/build/index.js');
const TSX_CLI = path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs');
const LOCK_FILE = '.procedure-compare.lock';

export type BenchDatabase = { label: string; url: string; config: DatabaseConfig; drop: () => Promise<void> };
export type Template = { fresh: (label: string) => Promise<BenchDatabase> };

function runNode(args: string[], databaseUrl: string): void {
  execFileSync(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function migrateDeploy(databaseUrl: string): void {
  runNode([PRISMA_CLI, 'migrate', 'deploy'], databaseUrl);
}

/** The real seed (prisma/seed.ts) into `databaseUrl`. */
export function seedCatalog(databaseUrl: string): void {
  runNode([TSX_CLI, path.join(REPO_ROOT, 'prisma/seed.ts')], databaseUrl);
}

export function tempFolder(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  onCleanup(`remove ${dir}`, () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

let pgliteShared: Template | undefined;

/** One migrated PGlite template per bench run: the wasm schema engine takes tens of seconds to start. */
export function pgliteTemplate(): Template {
  pgliteShared ??= migratedPgliteTemplate();
  return pgliteShared;
}

function migratedPgliteTemplate(): Template {
  const template = path.join(tempFolder('bench-pglite-'), 'template');
  migrateDeploy(`file:${template}`);
  return {
    fresh: async (label) => {
      const dir = path.join(path.dirname(template), label);
      fs.cpSync(template, dir, { recursive: true });
      fs.rmSync(path.join(dir, LOCK_FILE), { force: true });
      const drop = async () => fs.rmSync(dir, { recursive: true, force: true });
      return { label, url: `file:${dir}`, config: { kind: 'pglite', dataDir: dir }, drop };
    },
  };
}

export async function postgresTemplate(adminUrl: string): Promise<Template> {
  const prefix = `bench_${process.pid}`;
  const create = async (name: string, template?: string) => {
    await adminQuery(adminUrl, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
    return onCleanup(`drop database ${name}`, () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  };
  const templateName = `${prefix}_template`;
  await create(templateName);
  migrateDeploy(withDatabase(adminUrl, templateName));
  return {
    fresh: async (label) => {
      const name = `${prefix}_${label.replace(/\W/g, '_')}`;
      const drop = await create(name, templateName);
      const url = withDatabase(adminUrl, name);
      return { label, url, config: { kind: 'postgres', url }, drop };
    },
  };
}
