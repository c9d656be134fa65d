import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminQuery, withDatabase } from '../../scripts/postgres-admin';

export { adminQuery, withDatabase };

// Test databases for both runtimes. A template is migrated (with the real Prisma CLI) and
// seeded once per run; each worker then gets its own copy, so test files run in parallel
// without sharing state, and PGlite's one-process-per-folder rule holds.

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const PRISMA_CLI = path.join(REPO_ROOT, 'node_modules/prisma/build/index.js');
const TSX_CLI = path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs');

export function postgresUrlForTests(): string | undefined {
  const url = process.env.TEST_DATABASE_URL?.trim();
  return url ? url : undefined;
}

export function runPrisma(args: string[], databaseUrl: string, extraEnv: Record<string, string> = {}): string {
  return execFileSync(process.execPath, [PRISMA_CLI, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, ...extraEnv },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function runSeed(databaseUrl: string, extraEnv: Record<string, string> = {}): string {
  return execFileSync(process.execPath, [TSX_CLI, path.join(REPO_ROOT, 'prisma/seed.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, ...extraEnv },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function pgliteUrl(dir: string): string {
  return `file:${dir}`;
}

export function copyFolder(from: string, to: string): void {
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
  fs.rmSync(path.join(to, '.procedure-compare.lock'), { force: true });
}

/** A new, empty database (not from the template) for tests of migrations and the seed. */
export async function createEmptyDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const postgresUrl = postgresUrlForTests();
  // An unquoted PostgreSQL identifier: letters, digits and underscores only.
  const unique = `${label.replace(/[^A-Za-z0-9_]/g, '_')}_${process.pid}_${Date.now()}`;
  if (postgresUrl) {
    const name = `pc_${unique}`;
    await adminQuery(postgresUrl, `CREATE DATABASE ${name}`);
    return {
      url: withDatabase(postgresUrl, name),
      drop: () => adminQuery(postgresUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pc-${label}-`));
  return { url: pgliteUrl(dir), drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}
