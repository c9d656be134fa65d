import { openDatabase } from '../../lib/db/client';
import { pgliteTemplate } from './databases';
import { elapsedSince, round, type PartReport } from './report';

// Part "fsync": what PGLITE_FSYNC=on costs. The same write, one row per transaction, on a fresh
// embedded database with each setting: one writer after another, then 8 at once (PGlite runs
// one transaction at a time, so concurrency shows queueing, not parallel syncs).

const WRITES = 400;
const PARALLEL = 8;

async function writesPerSecond(fsync: boolean, parallel: number): Promise<number> {
  const fresh = await pgliteTemplate().fresh(`fsync-${fsync ? 'on' : 'off'}-${parallel}`);
  const db = await openDatabase(fresh.config, { fsync });
  try {
    await db.prisma.$executeRawUnsafe('CREATE TABLE bench_write (id serial PRIMARY KEY, note text)');
    // Warm up (query compilation, the client's first round trips), then time.
    for (let i = 0; i < 50; i += 1) await db.prisma.$executeRaw`INSERT INTO bench_write (note) VALUES (${'warm-up'})`;
    const start = process.hrtime.bigint();
    let next = 0;
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        while (next < WRITES) {
          next += 1;
          await db.prisma.$executeRaw`INSERT INTO bench_write (note) VALUES (${'ask about downtime'})`;
        }
      }),
    );
    return WRITES / (elapsedSince(start) / 1000);
  } finally {
    await db.close();
    await fresh.drop();
  }
}

export async function runPgliteFsync(): Promise<PartReport & { measurements: Record<string, number> }> {
  const measurements: Record<string, number> = {};
  const rows = [];
  for (const parallel of [1, PARALLEL]) {
    const off = await writesPerSecond(false, parallel);
    const on = await writesPerSecond(true, parallel);
    measurements[`off-${parallel}`] = off;
    measurements[`on-${parallel}`] = on;
    rows.push({
      writers: parallel,
      'PGLITE_FSYNC=off writes/s': Math.round(off),
      'PGLITE_FSYNC=on writes/s': Math.round(on),
      'on / off': round(on / off, 2),
    });
  }
  return {
    title: `PGlite write throughput with and without fsync (${WRITES} one-row transactions)`,
    rows,
    notes: ["on syncs every commit to this machine's disk: the figure depends on the disk (and is flattered by a volatile cache)."],
    measurements,
  };
}
