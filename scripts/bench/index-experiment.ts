import { openDatabase } from '../../lib/db/client';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { bulkLoad } from './bulk-load';
import { cleanupAll, cleanupOnSignals } from './cleanup';
import { postgresTemplate } from './databases';
import { cubeServes } from '../../lib/procedures/list/list-sql';
import { listStatements, runListQuery, SCENARIOS } from './list-query';
import { findPostgres } from './postgres-cluster';
import { elapsedSince, formatTable, percentile, round, type Row } from './report';
import { generateCatalog } from './synthetic-catalog';

// Manual experiment behind the scale part's diagnosis (not run by `npm run bench`): loads one
// synthetic catalog into a throwaway PostgreSQL database, measures the list query and EXPLAIN
// ANALYZEs its two statements, then changes the indexes variant by variant and measures again.
// The schema is never touched: every index lives and dies with the throwaway database.
//   npx tsx scripts/bench/index-experiment.ts [--size=100000] [--runs=30] [--plans]

type Variant = { name: string; sql: string[] };

// "as migrated" has the pg_trgm index on searchText, the (recovery, name) sort index and the
// covering Procedure_list_facets_idx. The first variant drops that last one to show what it buys.
const FACETS_INDEX = 'Procedure_list_facets_idx';

function variants(facetsIndexDefinition: string): Variant[] {
  return [
    { name: `without ${FACETS_INDEX}`, sql: [`DROP INDEX "${FACETS_INDEX}"`] },
    { name: 'as migrated', sql: [facetsIndexDefinition] },
  ];
}

function option(name: string, fallback: number): number {
  const value = Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

async function explain(prisma: PrismaClient, scenarioIndex: number, printPlans: boolean) {
  const names = ['page', 'facets'];
  const times: Record<string, number> = {};
  for (const [i, statement] of listStatements(SCENARIOS[scenarioIndex]!.params).entries()) {
    const plan = await prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
      `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
      ...statement.values,
    );
    const lines = plan.map((row) => row['QUERY PLAN']);
    times[names[i]!] = Number(/Execution Time: ([\d.]+)/.exec(lines.at(-1) ?? '')?.[1] ?? NaN);
    if (printPlans) console.log(`\n--- ${SCENARIOS[scenarioIndex]!.name} / ${names[i]}\n${lines.join('\n')}`);
  }
  return times;
}

async function measure(prisma: PrismaClient, variant: string, runs: number, printPlans: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [index, { name, params }] of SCENARIOS.entries()) {
    for (let i = 0; i < 3; i++) await runListQuery(prisma, params);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      await runListQuery(prisma, params);
      samples.push(elapsedSince(start));
    }
    const plan = await explain(prisma, index, printPlans);
    rows.push({
      variant,
      scenario: name,
      'p50 ms': round(percentile(samples, 50)),
      'p95 ms': round(percentile(samples, 95)),
      'page ms': round(plan.page),
      'facets ms': round(plan.facets),
      'facets from': cubeServes(params) ? 'cube' : 'table',
    });
  }
  return rows;
}

async function main() {
  cleanupOnSignals();
  const size = option('size', 100_000);
  const runs = option('runs', 30);
  const printPlans = process.argv.includes('--plans');
  try {
    const postgres = await findPostgres();
    if ('skipped' in postgres) throw new Error(postgres.skipped);
    const template = await postgresTemplate(postgres.adminUrl);
    const fresh = await template.fresh(`experiment_${size}`);
    const db = await openDatabase(fresh.config);
    try {
      await bulkLoad(db.prisma, generateCatalog(size));
      const size_ = await db.prisma.$queryRawUnsafe<{ size: string }[]>(
        `SELECT pg_size_pretty(pg_total_relation_size('"Procedure"')) AS size`,
      );
      console.log(`${size} rows loaded; table + indexes: ${size_[0]?.size}`);
      const definition = await db.prisma.$queryRawUnsafe<{ indexdef: string }[]>(
        `SELECT indexdef FROM pg_indexes WHERE indexname = '${FACETS_INDEX}'`,
      );
      if (!definition[0]) throw new Error(`${FACETS_INDEX} is missing: is the database migrated?`);
      const rows: Row[] = [];
      for (const variant of variants(definition[0].indexdef)) {
        for (const sql of variant.sql) await db.prisma.$executeRawUnsafe(sql);
        if (variant.sql.length) await db.prisma.$executeRawUnsafe('VACUUM ANALYZE "Procedure"');
        rows.push(...(await measure(db.prisma, variant.name, runs, printPlans)));
        console.log(`measured: ${variant.name}`);
      }
      console.log(
        `\n${formatTable(rows)}\n(p50/p95: wall time of the 2 statements in parallel, ${runs} runs; page/facets: EXPLAIN ANALYZE execution time of each)`,
      );
    } finally {
      await db.close();
    }
  } finally {
    await cleanupAll();
  }
}

void main();
