import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/db/client';
import { acquirePgliteLock, LOCK_FILE_NAME, PgliteLockedError } from '@/lib/db/pglite-lock';
import { getDatabaseConfig } from '@/lib/config/env';

// The PGlite folder lock, between real processes: holders are separate node processes that take
// the lock with the same module, as the app, the seed and the schema-engine bridge do.

const LOCK_MODULE = path.resolve(import.meta.dirname, '../../lib/db/pglite-lock.mjs');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pglite-lock-'));
const holderScript = path.join(root, 'hold-lock.mjs');
fs.writeFileSync(
  holderScript,
  `import { acquirePgliteLock } from ${JSON.stringify(LOCK_MODULE)};
const [dir, kind] = process.argv.slice(2);
const lock = await acquirePgliteLock(dir, { shortLived: kind === 'short-lived' });
process.on('SIGTERM', () => { lock.release(); process.exit(0); });
process.stdout.write('held\\n');
setInterval(() => {}, 1000);
`,
);

const children = new Set<ChildProcess>();
let folders = 0;
const newFolder = () => path.join(root, `db-${++folders}`);
const lockFile = (dir: string) => path.join(dir, LOCK_FILE_NAME);
const holderPid = (dir: string) => Number(fs.readFileSync(lockFile(dir), 'utf8').split('\n')[0]);

/** Starts a process that holds `dir`'s lock until it gets SIGTERM. */
async function startHolder(dir: string, kind = ''): Promise<ChildProcess> {
  const child = spawn(process.execPath, [holderScript, dir, kind], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.add(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve());
    child.on('exit', (code) => reject(new Error(`holder exited early (${code})`)));
  });
  return child;
}

/** Writes a lock file as another process would have left it. */
function writeLock(dir: string, pid: number, startTime: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(lockFile(dir), `${pid}\n${startTime}\nnode some-old-process.mjs\n\n`);
}

/** Counts timer ticks while `work` runs: a blocked event loop would count none. */
async function ticksDuring<T>(work: Promise<T>): Promise<{ ticks: number; outcome: PromiseSettledResult<T> }> {
  let ticks = 0;
  const timer = setInterval(() => (ticks += 1), 10);
  const [outcome] = await Promise.allSettled([work]);
  clearInterval(timer);
  return { ticks, outcome: outcome! };
}

afterEach(() => {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('PGlite folder lock', () => {
  it('holds our pid in <folder>/.procedure-compare.lock and removes it on release', async () => {
    const dir = newFolder();
    const lock = await acquirePgliteLock(dir);
    expect(holderPid(dir)).toBe(process.pid);
    lock.release();
    lock.release();
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });

  it('refuses a second opener in the same process, even while the first is still taking the lock', async () => {
    const dir = newFolder();
    const first = acquirePgliteLock(dir);
    await expect(acquirePgliteLock(dir)).rejects.toThrow(/already open in this process/);
    (await first).release();
  });

  it('takes over a lock left by a dead process', async () => {
    const dir = newFolder();
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeLock(dir, dead, '');
    const lock = await acquirePgliteLock(dir);
    expect(holderPid(dir)).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock whose pid was reused: our own pid after a restart', async () => {
    const dir = newFolder();
    writeLock(dir, process.pid, '');
    const lock = await acquirePgliteLock(dir);
    expect(holderPid(dir)).toBe(process.pid);
    lock.release();
  });

  it.skipIf(!fs.existsSync('/proc/self/stat'))('takes over a lock whose pid now belongs to another live process', async () => {
    const dir = newFolder();
    const other = await startHolder(newFolder()); // alive, but started after the lock was written
    writeLock(dir, other.pid!, '1');
    const lock = await acquirePgliteLock(dir, { waitMs: 0 });
    expect(holderPid(dir)).toBe(process.pid);
    lock.release();
  });

  it('refuses a live holder after waiting, naming it, without blocking the event loop', async () => {
    const dir = newFolder();
    const holder = await startHolder(dir);
    const started = Date.now();
    const { ticks, outcome } = await ticksDuring(acquirePgliteLock(dir, { waitMs: 600 }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
    expect(ticks).toBeGreaterThan(20);
    expect(outcome.status).toBe('rejected');
    const error = (outcome as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(PgliteLockedError);
    expect(error.pid).toBe(holder.pid);
    expect(error.message).toContain(`is in use by process ${holder.pid} (node `);
    expect(error.message).toContain('hold-lock.mjs');
    expect(error.message).toContain('PGlite allows one process per data folder');
    expect(holderPid(dir)).toBe(holder.pid); // the holder's lock is untouched
  });

  it('takes the lock as soon as a live holder lets go', async () => {
    const dir = newFolder();
    const holder = await startHolder(dir);
    setTimeout(() => holder.kill('SIGTERM'), 300);
    const lock = await acquirePgliteLock(dir, { waitMs: 10_000 });
    expect(holderPid(dir)).toBe(process.pid);
    lock.release();
  });

  it('waits past waitMs for a holder marked short-lived', async () => {
    const dir = newFolder();
    const holder = await startHolder(dir, 'short-lived');
    setTimeout(() => holder.kill('SIGTERM'), 1_000);
    const started = Date.now();
    const { ticks, outcome } = await ticksDuring(acquirePgliteLock(dir, { waitMs: 100 }));
    expect(outcome.status).toBe('fulfilled');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(ticks).toBeGreaterThan(30);
    (outcome as PromiseFulfilledResult<Awaited<ReturnType<typeof acquirePgliteLock>>>).value.release();
  });

  it('keeps openDatabase out of a folder another process holds, then opens it once free', { timeout: 120_000 }, async () => {
    // This worker's own database copy on PGlite; a new folder when the tests run on PostgreSQL.
    const config = getDatabaseConfig();
    const dataDir = config.kind === 'pglite' ? config.dataDir : newFolder();
    const holder = await startHolder(dataDir);
    await expect(openDatabase({ kind: 'pglite', dataDir })).rejects.toThrow(`is in use by process ${holder.pid}`);
    holder.kill('SIGTERM');
    const db = await openDatabase({ kind: 'pglite', dataDir });
    try {
      expect(await db.prisma.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
      expect(holderPid(dataDir)).toBe(process.pid);
    } finally {
      await db.close();
    }
    expect(fs.existsSync(lockFile(dataDir))).toBe(false);
  });
});
