import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startScriptEnv } from '../../../scripts/bench/next-server';
import { REPO_ROOT } from '../../support/test-database';

// Starts `next start` (the production build) on a port and waits until it answers, with the
// environment of `npm start` (heap cap, request limits), so tests meet the server operators run.

const NEXT_CLI = path.join(REPO_ROOT, 'node_modules/next/dist/bin/next');

export type AppServer = { url: string; process: ChildProcess; stop: () => Promise<void>; output: () => string };

type StartOptions = {
  /** 'listening' for a server whose database is meant to be unreachable: any answer will do. */
  ready?: 'serving' | 'listening';
  /** Settings for this server only (e.g. PGLITE_FSYNC). */
  env?: Record<string, string>;
};

export async function startAppServer(
  databaseUrl: string,
  port: number,
  { ready = 'serving', env = {} }: StartOptions = {},
): Promise<AppServer> {
  const child = spawn(process.execPath, [NEXT_CLI, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      ...startScriptEnv(),
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    try {
      const response = await fetch(`${url}/api/procedures?pageSize=1`);
      if (response.ok || ready === 'listening') break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    });
  return { url, process: child, stop, output: () => output };
}
