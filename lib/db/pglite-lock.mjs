// One process per PGlite data folder. PGlite is Postgres compiled to wasm running inside the
// opening process: two processes on one folder are two Postgres servers writing the same files,
// which corrupts them. Every opener (app, seed, tests, the Prisma schema-engine bridge) takes this
// lock first. Plain JS so the bridge (spawned by the Prisma CLI as a bare `node` program) can
// import it; TypeScript callers get types from pglite-lock.d.mts via pglite-lock.ts.
import fs from 'node:fs';
import path from 'node:path';

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

/**
 * Takes `<dataDir>/.procedure-compare.lock` (created with O_EXCL, holding our pid). A lock left
 * by a dead process is taken over; a live holder is waited for up to `waitMs` (a process that
 * was just told to stop may still be flushing PGlite), then a PgliteLockedError is thrown.
 */
export function acquirePgliteLock(dataDir, { waitMs = 3000 } = {}) {
  const dir = path.resolve(dataDir);
  const file = path.join(dir, LOCK_FILE_NAME);
  const mine = held.get(file);
  if (mine) throw new Error(`The embedded database at ${displayPath(dir)} is already open in this process.`);
  fs.mkdirSync(dir, { recursive: true });

  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, `${process.pid}\n${startTimeOf(process.pid) ?? ''}\n${commandOf()}\n`);
      fs.closeSync(fd);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (!holder || !isAlive(holder)) {
      // Stale (or half-written by a crashed opener): remove and race for it again. Two
      // processes racing here is safe: only one of them wins the O_EXCL create above.
      fs.rmSync(file, { force: true });
      continue;
    }
    if (Date.now() >= deadline) throw new PgliteLockedError(dir, holder.pid, holder.command);
    sleep(100);
  }

  const lock = {
    dataDir: dir,
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

function readHolder(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const [pidLine, startLine, command] = text.split('\n');
  const pid = Number.parseInt(pidLine ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { pid, startTime: startLine || null, command: command?.trim() || null };
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

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
