import { spawn } from 'node:child_process';
import fs from 'node:fs';
import lighthouse from 'lighthouse';
import { tempFolder } from './databases';
import { percentile, verdict, type PartReport, type Row } from './report';

// Part 5: Lighthouse (default config = mobile, simulated throttling) with Debian's Chromium, one
// fresh browser per page. A page that hangs or fails is reported on its own row and the bench
// moves on: no audit may fetch the internet here, so every wait is bounded.

const CHROMIUM = '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const PAGE_TIMEOUT_MS = 120_000;
export const LIGHTHOUSE_PAGES = ['/', '/procedures', '/compare?ids=botox,lip-filler', '/concerns/wrinkles', '/plan'];

export type LighthouseResult = {
  page: string;
  performance: number | null;
  accessibility: number | null;
  /** The metrics behind the performance score, in ms (CLS unitless). */
  metrics?: { fcp: number; lcp: number; tbt: number; cls: number; ttfb: number };
  error?: string;
  warnings?: string[];
};

async function launchChromium(): Promise<{ port: number; kill: () => void }> {
  const profile = tempFolder('bench-chromium-');
  const child = spawn(CHROMIUM, [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const kill = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  const port = await new Promise<number>((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${stderr.slice(-500)}`)), 30_000);
    child.stderr!.on('data', (chunk) => {
      stderr += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`Chromium exited (${code}): ${stderr.slice(-500)}`))));
  }).catch((error: unknown) => {
    kill();
    throw error;
  });
  return { port, kill };
}

async function auditPage(baseUrl: string, page: string): Promise<LighthouseResult> {
  const browser = await launchChromium();
  let timer: NodeJS.Timeout | undefined;
  try {
    const run = lighthouse(baseUrl + page, {
      port: browser.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      maxWaitForLoad: 45_000,
      maxWaitForFcp: 30_000,
    });
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result within ${PAGE_TIMEOUT_MS / 1000} s`)), PAGE_TIMEOUT_MS);
    });
    const result = await Promise.race([run, timeout]);
    const lhr = result?.lhr;
    if (!lhr) return { page, performance: null, accessibility: null, error: 'Lighthouse returned no report' };
    const score = (id: string) => {
      const value = lhr.categories[id]?.score;
      return value === null || value === undefined ? null : Math.round(value * 100);
    };
    const metric = (id: string) => Math.round((lhr.audits[id]?.numericValue ?? NaN) * 1000) / 1000;
    return {
      page,
      performance: score('performance'),
      accessibility: score('accessibility'),
      metrics: {
        fcp: metric('first-contentful-paint'),
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        ttfb: metric('server-response-time'),
      },
      error: lhr.runtimeError?.message,
      warnings: lhr.runWarnings,
    };
  } catch (error) {
    return { page, performance: null, accessibility: null, error: (error as Error).message.split('\n')[0] };
  } finally {
    clearTimeout(timer);
    browser.kill();
  }
}

/**
 * One retry when Lighthouse itself failed to record the load (NO_NAVSTART, NO_FCP, ...: its
 * message says "run Lighthouse again"); a page that scores badly is not retried.
 */
async function auditWithRetry(baseUrl: string, page: string): Promise<LighthouseResult> {
  const first = await auditPage(baseUrl, page);
  if (first.performance !== null && !first.error) return first;
  const second = await auditPage(baseUrl, page);
  const retried = `retried once after: ${first.error ?? 'no performance score'}`;
  return { ...second, warnings: [...(second.warnings ?? []), retried] };
}

/** Runs per page; the report gives the median, as Lighthouse's own guidance on variability advises. */
export const LIGHTHOUSE_RUNS = 3;

export type LighthousePage = {
  page: string;
  runs: LighthouseResult[];
  performance: number | null;
  accessibility: number | null;
  /** Median total blocking time of the runs, in ms (the second target, < 200 ms). */
  tbt: number | null;
};

/** Nearest-rank p50 of the runs that produced a score: the lower median for an even count. */
function median(values: (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length ? percentile(known, 50) : null;
}

export async function runLighthouse(baseUrl: string): Promise<PartReport & { pages: LighthousePage[] }> {
  if (!fs.existsSync(CHROMIUM)) {
    return { title: 'Lighthouse', rows: [], notes: [`skipped: ${CHROMIUM} not found (apt-get install -y chromium)`], pages: [] };
  }
  const pages: LighthousePage[] = [];
  for (const page of LIGHTHOUSE_PAGES) {
    const runs: LighthouseResult[] = [];
    for (let run = 0; run < LIGHTHOUSE_RUNS; run++) runs.push(await auditWithRetry(baseUrl, page));
    pages.push({
      page,
      runs,
      performance: median(runs.map((r) => r.performance)),
      accessibility: median(runs.map((r) => r.accessibility)),
      tbt: median(runs.map((r) => (r.metrics ? Math.round(r.metrics.tbt) : null))),
    });
  }
  const notes: string[] = [
    `Lighthouse 12.2.3 default (mobile) config, performance + accessibility only; ${LIGHTHOUSE_RUNS} runs per page, median reported (lower median for an even count).`,
  ];
  const rows: Row[] = pages.map(({ page, runs, performance, accessibility, tbt }) => {
    for (const result of runs) {
      if (result.error) notes.push(`${page}: ${result.error}`);
      for (const warning of result.warnings ?? []) notes.push(`${page}: ${warning}`);
    }
    return {
      page,
      performance,
      runs: runs.map((r) => r.performance ?? '-').join(' / '),
      'TBT ms': runs.map((r) => (r.metrics ? Math.round(r.metrics.tbt) : '-')).join(' / '),
      'LCP ms': runs.map((r) => (r.metrics ? Math.round(r.metrics.lcp) : '-')).join(' / '),
      'perf >=95': verdict(performance, 95, 'atLeast'),
      'TBT median': tbt,
      'TBT <200': verdict(tbt, 200, 'below'),
      accessibility,
      'a11y =100': verdict(accessibility, 100, 'atLeast'),
    };
  });
  return { title: 'Lighthouse (mobile)', rows, notes, pages };
}
