import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { postgresUrlForTests, runPrisma, runSeed } from '../support/test-database';
import { reopenAppDatabaseLater } from './app-database';
import { ROUTE_CALLS, expectAllAnswer, expectAllUnavailable } from './route-calls';

// Every API route while the PostgreSQL server is stopped mid-run, and again once it is back.
// The shared test server cannot be stopped, so this test starts its own throwaway one (as .ci/run
// does), migrates and seeds it, and points the app at it. PostgreSQL runs (TEST_DATABASE_URL) only.

function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin/pg_ctl'))) : [];
  const newest = versions.sort((a, b) => Number(a) - Number(b)).at(-1);
  if (!newest) throw new Error(`No PostgreSQL server binaries under ${root}/*/bin (apt-get install postgresql).`);
  return path.join(root, newest, 'bin');
}

/** PostgreSQL refuses to run as root: as root, run its tools as the postgres user. */
function asPostgres(command: string): void {
  const isRoot = process.getuid?.() === 0;
  execFileSync(isRoot ? 'su' : 'sh', isRoot ? ['postgres', '-s', '/bin/sh', '-c', command] : ['-c', command], { stdio: 'pipe' });
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.skipIf(!postgresUrlForTests())('API routes when the PostgreSQL server stops', () => {
  const workerUrl = process.env.DATABASE_URL;
  let dir = '';
  let pgCtl = '';

  // -m fast: the way an operator stops it; sessions get "terminating connection" (57P01).
  const server = (action: 'start' | 'stop') => asPostgres(`${pgCtl} -w ${action === 'stop' ? '-m fast stop' : 'start'}`);

  beforeAll(async () => {
    const bin = postgresBin();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-pg-down-'));
    if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
    const port = await freePort();
    asPostgres(`${bin}/initdb -D ${dir}/data -A trust -U postgres >/dev/null`);
    pgCtl = `${bin}/pg_ctl -D ${dir}/data -l ${dir}/log -o '-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off'`;
    server('start');
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    runPrisma(['migrate', 'deploy'], url);
    runSeed(url);
    await reopenAppDatabaseLater();
    process.env.DATABASE_URL = url;
  });

  afterAll(async () => {
    await reopenAppDatabaseLater();
    process.env.DATABASE_URL = workerUrl;
    try {
      if (pgCtl) server('stop');
    } catch {
      // Already stopped: the test failed while the server was down.
    }
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answer as usual, a JSON 503 with Retry-After while the server is down, and recover when it is back', async () => {
    await expectAllAnswer();
    server('stop');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expectAllUnavailable();
      // Each failure is logged with its cause: the shutdown notice (57P01) on a pooled connection,
      // or the refused connection (P1001) after it. Which route meets which depends on the pool.
      expect(logged).toHaveBeenCalledTimes(Object.keys(ROUTE_CALLS).length);
      const prismaError = expect.objectContaining({ name: 'PrismaClientKnownRequestError' });
      expect(logged).toHaveBeenCalledWith('GET /api/bookmarks/state failed', prismaError);
    } finally {
      logged.mockRestore();
    }
    // The client reconnects by itself: no restart of the app after an outage.
    server('start');
    await expectAllAnswer();
  });
});
