import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { onCleanup } from './cleanup';
import { REPO_ROOT } from './databases';
import { freePort } from './free-port';
import { elapsedSince } from './report';

// The production server the HTTP, weight and Lighthouse parts measure: `next build` when the
// build is missing or older than the sources, then `next start` on a free port of 127.0.0.1.

const NEXT_CLI = path.join(REPO_ROOT, 'node_modules/next/dist/bin/next');
const PRISMA_CLI = path.join(REPO_ROOT, 'node_modules/prisma/build/index.js');
const BUILD_INPUTS = [
  'app',
  'components',
  'lib',
  'public',
  'proxy.ts',
  'next.config.js',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

function mtime(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

export type BuildResult = { built: boolean; reason: string; ms: number };

/** Generates the Prisma client and builds when stale (a clean clone has neither). */
export function ensureBuild(force: boolean): BuildResult {
  const start = process.hrtime.bigint();
  const client = path.join(REPO_ROOT, 'lib/generated/prisma/client.ts');
  if (mtime(client) < mtime(path.join(REPO_ROOT, 'prisma/schema.prisma'))) {
    execFileSync(process.execPath, [PRISMA_CLI, 'generate'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  }
  const buildId = mtime(path.join(REPO_ROOT, '.next/BUILD_ID'));
  const sources = Math.max(...BUILD_INPUTS.map((input) => newestMtime(path.join(REPO_ROOT, input))));
  const reason = force ? 'forced (--build)' : buildId === 0 ? 'no build yet' : buildId < sources ? 'sources changed' : '';
  if (!reason) return { built: false, reason: 'reused .next (newer than sources)', ms: elapsedSince(start) };
  try {
    execFileSync(process.execPath, [NEXT_CLI, 'build'], {
      cwd: REPO_ROOT,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const output = `${(error as { stdout?: Buffer }).stdout ?? ''}${(error as { stderr?: Buffer }).stderr ?? ''}`;
    throw new Error(`next build failed:\n${output.split('\n').slice(-30).join('\n')}`);
  }
  return { built: true, reason, ms: elapsedSince(start) };
}

export type RunningServer = { url: string; pid: number; stop: () => Promise<void>; output: () => string };

/**
 * The environment `npm start` gives the server (its V8 heap cap, the request limits, glibc's
 * arena count), so the bench and the browser tests run the server as the README's start command
 * does. NODE_OPTIONS is returned with the caller's own appended, as the script does.
 */
export function startScriptEnv(): Record<string, string> {
  const start =
    (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start ?? '';
  const env: Record<string, string> = {};
  for (const [, name, quoted, bare] of start.matchAll(/([A-Z_]+)=(?:"([^"]*)"|(\S+))\s/g)) {
    env[name!] = (quoted ?? bare ?? '').replace(`$${name}`, process.env[name!] ?? '').trim();
  }
  if (!env.NODE_OPTIONS) throw new Error(`package.json's start script sets no NODE_OPTIONS: ${start}`);
  return env;
}

export async function startServer(databaseUrl: string): Promise<RunningServer> {
  const port = await freePort();
  // Its own process group, so stopping it also stops any worker next start forks.
  const child = spawn(process.execPath, [NEXT_CLI, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      ...startScriptEnv(),
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  const pid = child.pid!;
  const stop = onCleanup('next start', async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      return; // already gone
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // exited meanwhile
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`next start did not answer within 90 s:\n${output}`);
    try {
      await fetch(`${url}/api/procedures?pageSize=1`);
      break; // any answer: listening (the page statuses are checked by each part)
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return { url, pid, stop, output: () => output };
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
export function treeRssBytes(rootPid: number): number {
  const parents = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name in field 2 may hold spaces; the parent pid comes right after its ')'.
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // exited while we looked
    }
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += match ? Number(match[1]) * 1024 : 0;
    } catch {
      // exited while we looked
    }
  }
  return total;
}
