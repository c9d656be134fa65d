import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCatalogScale } from './catalog-scale';
import { cleanupAll, cleanupOnSignals } from './cleanup';
import { pgliteTemplate, REPO_ROOT, seedCatalog } from './databases';
import {
  LOAD_TARGETS,
  findStaticChunk,
  httpReport,
  measurePairedShares,
  measureTarget,
  type LoadOptions,
  type LoadResult,
} from './http-load';
import { runLighthouse } from './lighthouse-audit';
import { rssMb, runMemory } from './memory';
import { ensureBuild, startServer } from './next-server';
import { runPageBudget } from './page-budget';
import { runPageWeight } from './page-weight';
import { runPgliteFsync } from './pglite-fsync';
import { runSoak } from './soak';
import { elapsedSince, printPart, type PartReport } from './report';

// `npm run bench`: every part in turn, a table per part, and the raw numbers in
// bench/results/<timestamp>.json. Options: --parts=scale,http,memory,weight,budget,lighthouse,fsync,soak
// (all but soak by default) --sizes=1000,10000,100000 --runs=30 --seconds=10 --minutes=10 (soak)
// --build (force next build).

const ALL_PARTS = ['scale', 'http', 'memory', 'weight', 'budget', 'lighthouse', 'fsync', 'soak'] as const;
/** Without --parts: everything but the soak, which takes ten minutes on its own. */
const DEFAULT_PARTS = ALL_PARTS.filter((part) => part !== 'soak');
type Part = (typeof ALL_PARTS)[number];

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

function numbers(text: string | undefined, fallback: number[]): number[] {
  const values =
    text
      ?.split(',')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0) ?? [];
  return values.length ? values : fallback;
}

const parts = new Set<Part>(
  (option('parts')?.split(',') ?? [...DEFAULT_PARTS]).filter((p): p is Part => (ALL_PARTS as readonly string[]).includes(p)),
);
const loadOptions: LoadOptions = { connections: 32, seconds: numbers(option('seconds'), [10])[0]!, warmupSeconds: 2 };

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

/** CPU seconds of this process and the children it has reaped (build, CLI, server, Chromium; not Postgres). */
function cpuSeconds(): number | null {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime, cstime are fields 14-17 of stat(5), i.e. 11-14 after the command name.
    const ticks = fields.slice(11, 15).reduce((sum, value) => sum + Number(value), 0);
    return Math.round(ticks / 100); // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

// Seconds spent in each step, so a slow run shows where its time went.
const phases: Record<string, number> = {};
let current: { label: string; start: bigint } | undefined;

function step(message: string): void {
  if (current) phases[current.label] = Math.round(elapsedSince(current.start) / 1000);
  current = { label: message.split(/[:(,]/)[0]!.trim(), start: process.hrtime.bigint() };
  console.log(`\n-- ${message}`);
}

type Reports = Partial<Record<Part, PartReport>>;

async function serverParts(results: Record<string, unknown>, reports: Reports): Promise<void> {
  step('building (next build) if stale');
  const build = ensureBuild(process.argv.includes('--build'));
  results.build = build;
  console.log(`  ${build.built ? `built in ${(build.ms / 1000).toFixed(1)} s (${build.reason})` : build.reason}`);

  step('preparing an embedded database: migrate deploy + the real seed');
  const database = await pgliteTemplate().fresh('http');
  seedCatalog(database.url);
  const server = await startServer(database.url);
  const startedMb = rssMb(server.pid);
  console.log(`  next start on ${server.url} (pid ${server.pid}, ${Math.round(startedMb)} MB)`);
  try {
    // Lighthouse audits page loads on an otherwise idle machine, so it runs before the HTTP load:
    // right after a minute of both cores saturated, its blocking time came out ~30% higher.
    if (parts.has('weight')) {
      step('page weight');
      const weight = await runPageWeight(server.url);
      results.pageWeight = weight.routes;
      reports.weight = weight;
    }
    if (parts.has('budget')) {
      step('page budgets: bytes and elements');
      const budget = await runPageBudget(server.url);
      results.pageBudget = budget.pages;
      reports.budget = budget;
    }
    if (parts.has('lighthouse')) {
      step('Lighthouse, one page at a time');
      const lighthouse = await runLighthouse(server.url);
      results.lighthouse = lighthouse.pages;
      reports.lighthouse = lighthouse;
    }
    if (parts.has('http')) {
      step('HTTP load, one target at a time');
      const loads: LoadResult[] = [];
      for (const target of LOAD_TARGETS) {
        loads.push(await measureTarget(server.url, target, loadOptions));
        console.log(`  ${target.name}: ${Math.round(loads.at(-1)!.requestsPerSecond)} req/s`);
      }
      const chunk = await findStaticChunk(server.url);
      const baseline = chunk ? await measureTarget(server.url, { name: 'static chunk', path: chunk, catalog: false }, loadOptions) : null;
      step('HTTP load, cached pages paired with the reference');
      const paired = await measurePairedShares(server.url, LOAD_TARGETS, loadOptions);
      results.http = { options: loadOptions, targets: loads, baseline, paired };
      reports.http = httpReport(loads, baseline, loadOptions, paired);
    }
    if (parts.has('soak')) {
      const minutes = numbers(option('minutes'), [10])[0]!;
      step(`soak: ${minutes} min of mixed load`);
      const soak = await runSoak(server.url, server.pid, minutes);
      results.soak = { minutes: soak.minutes.map(({ latencies: _, ...minute }) => minute), plateauMb: soak.plateauMb };
      reports.soak = soak;
    }
    if (parts.has('memory')) {
      const memory = runMemory(server.pid, startedMb);
      results.memory = { startedMb, rssMb: memory.rssMb, afterLoad: parts.has('http') };
      if (!parts.has('http')) memory.notes.push('measured without the HTTP part: not after load');
      reports.memory = memory;
    }
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  cleanupOnSignals();
  const started = process.hrtime.bigint();
  const results: Record<string, unknown> = {
    startedAt: new Date().toISOString(),
    commit: gitCommit(),
    machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    loadAverageAtStart: os.loadavg().map((n) => Math.round(n * 100) / 100),
    parts: [...parts],
  };
  const reports: Reports = {};
  const failures: string[] = [];
  try {
    if (['http', 'memory', 'weight', 'budget', 'lighthouse', 'soak'].some((p) => parts.has(p as Part))) {
      try {
        await serverParts(results, reports);
      } catch (error) {
        failures.push(`server parts failed: ${(error as Error).message}`);
      }
    }
    if (parts.has('fsync')) {
      step('PGlite writes with and without fsync');
      try {
        const fsync = await runPgliteFsync();
        results.fsync = fsync.measurements;
        reports.fsync = fsync;
      } catch (error) {
        failures.push(`fsync part failed: ${(error as Error).stack ?? error}`);
      }
    }
    // The scale part last: its bulk loads keep both cores busy for minutes, which Lighthouse
    // (in the server parts) must not follow.
    if (parts.has('scale')) {
      step('catalog scale: synthetic catalogs, fresh databases, list query latency');
      const sizes = numbers(option('sizes'), [1000, 10_000, 100_000]);
      const runs = Math.max(30, numbers(option('runs'), [30])[0]!);
      try {
        const scale = await runCatalogScale({ sizes, runs, warmup: 3 });
        results.scale = { sizes, runs, measurements: scale.measurements, loads: scale.loads };
        reports.scale = scale;
      } catch (error) {
        failures.push(`catalog scale failed: ${(error as Error).stack ?? error}`);
      }
    }
  } finally {
    await cleanupAll();
  }

  step('report');
  const seconds = elapsedSince(started) / 1000;
  results.phaseSeconds = phases;
  results.durationSeconds = Math.round(seconds);
  results.cpuSeconds = cpuSeconds();
  results.loadAverageAtEnd = os.loadavg().map((n) => Math.round(n * 100) / 100);
  const ordered = ALL_PARTS.flatMap((part) => (reports[part] ? [reports[part]] : []));
  results.reports = ordered;
  results.failures = failures;
  for (const report of ordered) printPart(report);
  for (const failure of failures) console.error(`\n!! ${failure}`);
  const resultsDir = path.join(REPO_ROOT, 'bench/results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  const load = results.loadAverageAtStart as number[];
  console.log(
    `\nDone in ${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s; CPU used ${results.cpuSeconds} s ` +
      `(Postgres excluded); load average at start ${load[0]} on ${os.cpus().length} CPUs.`,
  );
  console.log(
    `Seconds per step: ${Object.entries(phases)
      .map(([label, s]) => `${label} ${s}`)
      .join(', ')}.`,
  );
  console.log(`Results: ${path.relative(process.cwd(), file)}`);
  if (failures.length) process.exitCode = 1;
}

void main();
