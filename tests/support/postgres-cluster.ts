import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

// A throwaway PostgreSQL server of a test's own, for tests that stop or freeze the database
// (the shared test server must never be). Started from Debian's postgresql package, as .ci/run does.

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

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port in 55600-55699, the range kept for throwaway clusters on shared machines. */
async function clusterPort(): Promise<number> {
  const start = 55_600 + Math.floor(Math.random() * 100);
  for (let i = 0; i < 100; i += 1) {
    const port = 55_600 + ((start - 55_600 + i) % 100);
    if (await isFree(port)) return port;
  }
  throw new Error('No free port in 55600-55699 for a throwaway PostgreSQL cluster');
}

/** The postmaster and every backend it forked, from /proc (Linux). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // exited while we looked
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

export type PostgresCluster = {
  url: string;
  /** pg_ctl start / stop -m fast (the way an operator stops it: sessions get 57P01). */
  start: () => void;
  stop: () => void;
  /** SIGSTOP / SIGCONT to the postmaster and its backends: a frozen server, sockets open. */
  freeze: () => void;
  thaw: () => void;
  remove: () => void;
};

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-pg-'));
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  const port = await clusterPort();
  asPostgres(`${bin}/initdb -D ${dir}/data -A trust -U postgres >/dev/null`);
  const pgCtl = `${bin}/pg_ctl -D ${dir}/data -l ${dir}/log -o '-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off'`;
  const postmaster = () => Number(fs.readFileSync(path.join(dir, 'data/postmaster.pid'), 'utf8').split('\n')[0]);
  let frozen: number[] = [];
  const cluster: PostgresCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => asPostgres(`${pgCtl} -w start`),
    stop: () => asPostgres(`${pgCtl} -w -m fast stop`),
    freeze: () => {
      frozen = processTree(postmaster());
      for (const pid of frozen) process.kill(pid, 'SIGSTOP');
    },
    thaw: () => {
      for (const pid of frozen) process.kill(pid, 'SIGCONT');
      frozen = [];
    },
    remove: () => {
      try {
        cluster.thaw();
      } catch {
        // gone already
      }
      try {
        cluster.stop();
      } catch {
        // already stopped: the test failed while the server was down
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}
