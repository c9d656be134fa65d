import path from 'node:path';
import { inject } from 'vitest';
import { adminQuery, copyFolder, pgliteUrl, withDatabase } from './test-database';

// Runs in each test worker before its test files: points DATABASE_URL at this worker's own
// copy of the template database, created once per worker.

const run = inject('testRun');
const worker = process.env.VITEST_POOL_ID ?? '0';

if (run.postgresUrl) {
  const [, owner] = run.template.match(/_(\d+)$/) ?? [];
  const name = `pc_w${worker}_${owner}`;
  const url = withDatabase(run.postgresUrl, name);
  if (process.env.DATABASE_URL !== url) {
    await adminQuery(run.postgresUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminQuery(run.postgresUrl, `CREATE DATABASE ${name} TEMPLATE ${run.template}`);
    process.env.DATABASE_URL = url;
  }
} else {
  const dir = path.join(run.runDir, `worker-${worker}`);
  if (process.env.DATABASE_URL !== pgliteUrl(dir)) {
    copyFolder(run.template, dir);
    process.env.DATABASE_URL = pgliteUrl(dir);
  }
}
