// One process per PGlite data folder. PGlite is Postgres compiled to wasm running inside the
// opening process: two processes on one folder are two Postgres servers writing the same files,
// which corrupts them. Every opener (app, seed, tests, the Prisma schema-engine bridge) takes this
// lock first. Plain JS so the bridge (spawned by the Prisma CLI as a bare `node` program) can
// import it; TypeScript callers get types from pglite-lock.d.mts via pglite-lock.ts.
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const LOCK_FILE_NAME = '.procedure-compare.lock';

// Locks this process holds, by lock path, on globalThis so a module loaded twice (dev hot reload,
// bundler duplicates) still sees them.
const held = (globalThis.__procedureComparePgliteLocks ??= new Map());

export class PgliteLockedError extends Error {
  constructor(dataDir, pid, command) {
    const where = displayPath(dataDir);
    super(
      `The embedded database at ${where} is in use by process ${pid}${command ? ` (${command})` : ''}. ` +
        'PGlite allows one process per data folder: stop that process first, ' +
        'or use PostgreSQL (DATABASE_URL=postgres://...).',
    );
    this.name = 'PgliteLockedError';
    this.dataDir = dataDir;
    this.pid = pid;
  }
}

// How long to wait for a holder that marked itself short-lived (the Prisma schema-engine
// bridge): the CLI kills it and exits without waiting, so the next command can start while it
// is still closing PGlite, which takes seconds on a busy machine.
const SHORT_LIVED_WAIT_MS = 30_000;

/**
 * Takes `<dataDir>/.procedure-compare.lock` (created with O_EXCL, holding our pid). A lock left
 * by a dead process is taken over; a live holder is waited for up to `waitMs` (a process that
 * was just told to stop may still be flushing PGlite), then the promise rejects with a
 * PgliteLockedError. `shortLived` marks the lock as held by a process about to exit (others wait
 * up to 30 s). The waits are timers, so a server keeps answering requests meanwhile; the file
 * operations stay synchronous (microseconds each), so the lock file is never seen half-written.
 */
export async function acquirePgliteLock(dataDir, { waitMs = 3000, shortLived = false } = {}) {
  const dir = path.resolve(dataDir);
  const file = path.join(dir, LOCK_FILE_NAME);
  if (held.has(file)) throw new Error(`The embedded database at ${displayPath(dir)} is already open in this process.`);
  // Claimed before the first wait: a second opener in this process must get the error above,
  // not find our pid in the file and take it for a dead process's lock (see isAlive).
  held.set(file, null);
  try {
    await takeLockFile(dir, file, { waitMs, shortLived });
  } catch (error) {
    held.delete(file);
    throw error;
  }

  const lock = {
    dataDir: dir,
    // Synchronous: it also runs from the process 'exit' handler, where nothing async completes.
    release() {
      if (held.get(file) !== lock) return;
      held.delete(file);
      process.removeListener('exit', lock.release);
      // Only remove the file if it is still ours (never someone else's after a takeover).
      if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
    },
  };
  held.set(file, lock);
  // Last resort for exits that skip the owner's close(); a hard kill leaves a stale lock,
  // which the next opener takes over because the pid is gone.
  process.on('exit', lock.release);
  return lock;
}

async function takeLockFile(dir, file, { waitMs, shortLived }) {
  fs.mkdirSync(dir, { recursive: true });
  const start = Date.now();
  for (;;) {
    try {
      const fd = fs.openSync(file, 'wx');
      const lines = [process.pid, startTimeOf(process.pid) ?? '', commandOf(), shortLived ? 'short-lived' : ''];
      fs.writeSync(fd, `${lines.join('\n')}\n`);
      fs.closeSync(fd);
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (holder ? !isAlive(holder) : ageMs(file) > 2000) {
      await removeStale(file, holder);
      continue;
    }
    if (!holder) {
      await sleep(20); // just created by another opener, pid not written yet
      continue;
    }
    const patience = holder.shortLived ? Math.max(waitMs, SHORT_LIVED_WAIT_MS) : waitMs;
    if (Date.now() - start >= patience) throw new PgliteLockedError(dir, holder.pid, holder.command);
    await sleep(100);
  }
}

// Removes a stale lock file. Guarded by a second O_EXCL file so that two processes taking over
// the same stale lock cannot delete each other's fresh one; whoever loses just retries.
async function removeStale(file, seen) {
  const guard = `${file}.takeover`;
  try {
    fs.closeSync(fs.openSync(guard, 'wx'));
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
    if (ageMs(guard) > 10_000)
      fs.rmSync(guard, { force: true }); // left by a crash mid-takeover
    else await sleep(20);
    return;
  }
  try {
    if (readHolder(file)?.pid === seen?.pid) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

function ageMs(file) {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return Infinity;
  }
}

function readHolder(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const [pidLine, startLine, command, kind] = text.split('\n');
  const pid = Number.parseInt(pidLine ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { pid, startTime: startLine || null, command: command?.trim() || null, shortLived: kind === 'short-lived' };
}

function isAlive({ pid, startTime }) {
  // Our own pid in the file but no lock held by this process: a previous process with the same
  // pid (containers restart with the same pids) died without releasing it.
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== 'EPERM') return false;
  }
  // The pid exists; on Linux also check it is the same process, not a reuse of the number.
  const now = startTimeOf(pid);
  return !(startTime && now && now !== startTime);
}

// Process start time (clock ticks since boot) from /proc; null where /proc does not exist.
function startTimeOf(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

// What the holder is (e.g. "node scripts/schema-engine/bridge.mjs ..."), for the error message.
function commandOf() {
  const [node, script, ...rest] = process.argv;
  return [path.basename(node ?? 'node'), script && path.relative(process.cwd(), script), ...rest]
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .slice(0, 160);
}

function displayPath(dir) {
  const rel = path.relative(process.cwd(), dir);
  return !rel ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? dir : `./${rel}`;
}
