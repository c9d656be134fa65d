import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { adminQuery, pgliteUrl, postgresUrlForTests, runPrisma, runSeed, withDatabase } from './test-database';

// Builds the migrated, seeded template database once per test run (see test-database.ts).

export default async function setup(project: TestProject) {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'procedure-compare-test-'));
  const postgresUrl = postgresUrlForTests();
  let template: string;
  if (postgresUrl) {
    const name = `pc_template_${process.pid}`;
    await adminQuery(postgresUrl, `DROP DATABASE IF EXISTS ${name}`);
    await adminQuery(postgresUrl, `CREATE DATABASE ${name}`);
    template = name;
    const url = withDatabase(postgresUrl, name);
    runPrisma(['migrate', 'deploy'], url);
    runSeed(url);
  } else {
    template = path.join(runDir, 'template');
    runPrisma(['migrate', 'deploy'], pgliteUrl(template));
    runSeed(pgliteUrl(template));
  }
  project.provide('testRun', { runDir, template, postgresUrl: postgresUrl ?? null });

  return async () => {
    if (postgresUrl) {
      // Worker databases are created from the template; drop them all with it.
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
        `pc_%_${process.pid}%`,
      ]);
      for (const row of rows) await client.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
      await client.end();
    }
    fs.rmSync(runDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    testRun: { runDir: string; template: string; postgresUrl: string | null };
  }
}
