import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onCleanup } from './cleanup';
import { freePort } from './free-port';

// Finds a PostgreSQL server for the scale benchmark: one given by the developer, else a throwaway
// cluster started from Debian's postgresql package (the same way .ci/run does), else none.

export type PostgresServer = { adminUrl: string; origin: string };

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function findInitdb(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return undefined;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin/initdb')))
    .sort((a, b) => Number(a) - Number(b));
  const latest = versions.at(-1);
  return latest ? path.join(root, latest, 'bin') : undefined;
}

export async function findPostgres(): Promise<PostgresServer | { skipped: string }> {
  const given = process.env.BENCH_DATABASE_URL?.trim() || process.env.TEST_DATABASE_URL?.trim();
  if (given) return { adminUrl: given, origin: 'BENCH_DATABASE_URL/TEST_DATABASE_URL' };
  const bin = findInitdb();
  if (!bin) return { skipped: 'PostgreSQL: skipped (install postgresql)' };

  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pg-'));
  const asRoot = process.getuid?.() === 0;
  // Postgres refuses to run as root; Debian's package creates the postgres user for that.
  const sh = (command: string) => (asRoot ? run('su', ['postgres', '-s', '/bin/sh', '-c', command]) : run('/bin/sh', ['-c', command]));
  if (asRoot) run('chown', ['postgres', dir]);
  const data = path.join(dir, 'data');
  const stop = onCleanup('PostgreSQL cluster', () => {
    try {
      sh(`${bin}/pg_ctl -D ${data} -m fast stop`);
    } catch {
      // never started, or already stopped
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
  try {
    sh(`${bin}/initdb -D ${data} -A trust -U postgres >/dev/null`);
    // fsync=off as in CI: loading 100k rows should measure the app, not this disk.
    sh(`${bin}/pg_ctl -D ${data} -l ${dir}/log -w -o '-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off' start >/dev/null`);
  } catch (error) {
    await stop();
    return { skipped: `PostgreSQL: skipped (throwaway cluster failed to start: ${(error as Error).message.split('\n')[0]})` };
  }
  return { adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`, origin: `throwaway cluster (${path.basename(path.dirname(bin))})` };
}
