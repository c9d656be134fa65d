import { openDatabase } from '../../lib/db/client';
import type { CatalogEntry } from '../../lib/procedures/catalog/catalog-schema';
import { bulkLoad } from './bulk-load';
import { pgliteTemplate, postgresTemplate, type Template } from './databases';
import { runListQuery, SCENARIOS, TARGET_SCENARIOS } from './list-query';
import { findPostgres } from './postgres-cluster';
import { elapsedSince, percentile, round, verdict, type PartReport, type Row } from './report';
import { generateCatalog } from './synthetic-catalog';

// Part 1: the catalog list query at 1k, 10k and 100k procedures, on embedded PGlite and on
// PostgreSQL, each size in a freshly migrated database.

export type ScaleOptions = { sizes: number[]; runs: number; warmup: number };

type Measurement = { runtime: string; size: number; scenario: string; p50: number; p95: number; matched: number };
type LoadTime = { runtime: string; size: number; loadMs: number };

const P95_TARGET_MS = 20;

async function measureSize(runtime: string, template: Template, size: number, entries: CatalogEntry[], options: ScaleOptions) {
  const fresh = await template.fresh(`size_${size}`);
  const db = await openDatabase(fresh.config);
  const out: Measurement[] = [];
  try {
    const loadStart = process.hrtime.bigint();
    await bulkLoad(db.prisma, entries);
    const loadMs = elapsedSince(loadStart);
    const queryStart = process.hrtime.bigint();
    for (const { name, params } of SCENARIOS) {
      let matched = 0;
      for (let i = 0; i < options.warmup; i++) matched = (await runListQuery(db.prisma, params)).total;
      const samples: number[] = [];
      for (let i = 0; i < options.runs; i++) {
        const start = process.hrtime.bigint();
        await runListQuery(db.prisma, params);
        samples.push(elapsedSince(start));
      }
      out.push({ runtime, size, scenario: name, p50: percentile(samples, 50), p95: percentile(samples, 95), matched });
    }
    const querySeconds = (elapsedSince(queryStart) / 1000).toFixed(1);
    console.log(
      `  ${runtime} ${size}: loaded in ${(loadMs / 1000).toFixed(1)} s, ${SCENARIOS.length} scenarios x ${options.runs} runs in ${querySeconds} s`,
    );
    return { measurements: out, load: { runtime, size, loadMs } };
  } finally {
    await db.close();
    await fresh.drop();
  }
}

function label(size: number): string {
  return size >= 1000 ? `${size / 1000}k` : String(size);
}

function toRows(measurements: Measurement[], sizes: number[]): Row[] {
  const largest = Math.max(...sizes);
  const rows: Row[] = [];
  for (const runtime of [...new Set(measurements.map((m) => m.runtime))]) {
    for (const { name } of SCENARIOS) {
      const bySize = sizes.map((size) => measurements.find((m) => m.runtime === runtime && m.size === size && m.scenario === name));
      const row: Row = { db: runtime, scenario: name };
      bySize.forEach((m, i) => {
        row[`p50/p95 ms @${label(sizes[i]!)}`] = m ? `${round(m.p50)}/${round(m.p95)}` : null;
      });
      const growth = bySize.slice(1).map((m, i) => (m && bySize[i] ? round(m.p50 / bySize[i]!.p50, 1) : null));
      row['p50 growth per step'] = growth.map((g) => (g === null ? '-' : `x${g}`)).join(' → ');
      row[`matched @${label(largest)}`] = bySize.at(-1)?.matched ?? null;
      const top = bySize.at(-1);
      row[`p95<${P95_TARGET_MS}ms @${label(largest)}`] = top ? verdict(top.p95, P95_TARGET_MS, 'below') : 'n/a';
      rows.push(row);
    }
  }
  return rows;
}

/** One line per target scenario: its p95 at the largest size on PostgreSQL, met or missed. */
function targetLines(measurements: Measurement[], sizes: number[]): string[] {
  const largest = Math.max(...sizes);
  return TARGET_SCENARIOS.map((name) => {
    const m = measurements.find((m) => m.runtime === 'postgres' && m.size === largest && m.scenario === name);
    const figure = m ? `p95 ${round(m.p95)} ms` : 'not measured';
    return `Target ${name}, PostgreSQL @${label(largest)}: ${figure}, p95 < ${P95_TARGET_MS} ms ${m ? verdict(m.p95, P95_TARGET_MS, 'below') : 'n/a'}.`;
  });
}

export async function runCatalogScale(options: ScaleOptions): Promise<PartReport & { measurements: Measurement[]; loads: LoadTime[] }> {
  const notes: string[] = [];
  const catalogs = new Map<number, CatalogEntry[]>();
  for (const size of options.sizes) {
    const start = process.hrtime.bigint();
    catalogs.set(size, generateCatalog(size));
    console.log(`  generated + validated ${size} synthetic entries in ${(elapsedSince(start) / 1000).toFixed(1)} s`);
  }

  const runtimes: { name: string; template: () => Promise<Template> }[] = [{ name: 'pglite', template: async () => pgliteTemplate() }];
  const postgres = await findPostgres();
  if ('skipped' in postgres) notes.push(postgres.skipped);
  else {
    notes.push(`PostgreSQL: ${postgres.origin}`);
    runtimes.push({ name: 'postgres', template: () => postgresTemplate(postgres.adminUrl) });
  }

  const measurements: Measurement[] = [];
  const loads: LoadTime[] = [];
  for (const runtime of runtimes) {
    const start = process.hrtime.bigint();
    const template = await runtime.template();
    console.log(`  ${runtime.name}: migrated template in ${(elapsedSince(start) / 1000).toFixed(1)} s`);
    for (const size of options.sizes) {
      const result = await measureSize(runtime.name, template, size, catalogs.get(size)!, options);
      measurements.push(...result.measurements);
      loads.push(result.load);
    }
  }
  notes.push(
    `Each cell: ${options.runs} runs after ${options.warmup} warm-up, wall time of the page + facets-and-total (2 statements in parallel, as getProcedureList).`,
    `Growth: p50 ratio between consecutive sizes (x10 rows each); below x10 is sub-linear.`,
    ...targetLines(measurements, options.sizes),
    `Load times: ${loads.map((l) => `${l.runtime} ${label(l.size)} ${(l.loadMs / 1000).toFixed(1)} s`).join(', ')}.`,
  );
  return { title: 'Catalog scale: list query latency', rows: toRows(measurements, options.sizes), notes, measurements, loads };
}
