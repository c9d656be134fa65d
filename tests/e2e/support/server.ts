import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { adminQuery, pgliteUrl, postgresUrlForTests, runPrisma, runSeed, withDatabase } from '../../support/test-database';
import { startAppServer } from './app-server';

// Global setup for browser tests: a fresh database (PGlite, or PostgreSQL when
// TEST_DATABASE_URL is set), migrated and seeded, and one `next start` serving it.

export default async function setup(project: TestProject) {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'procedure-compare-e2e-'));
  const postgresUrl = postgresUrlForTests();
  let databaseUrl: string;
  if (postgresUrl) {
    const name = `pc_e2e_${process.pid}`;
    await adminQuery(postgresUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminQuery(postgresUrl, `CREATE DATABASE ${name}`);
    databaseUrl = withDatabase(postgresUrl, name);
  } else {
    databaseUrl = pgliteUrl(path.join(runDir, 'db'));
  }
  runPrisma(['migrate', 'deploy'], databaseUrl);
  runSeed(databaseUrl);
  const port = Number(process.env.E2E_PORT ?? 3210);
  const server = await startAppServer(databaseUrl, port);
  project.provide('e2e', { baseUrl: server.url, databaseUrl });

  return async () => {
    await server.stop();
    if (postgresUrl) await adminQuery(postgresUrl, `DROP DATABASE IF EXISTS pc_e2e_${process.pid} WITH (FORCE)`);
    fs.rmSync(runDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: { baseUrl: string; databaseUrl: string };
  }
}
