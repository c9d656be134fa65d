import { treeRssBytes } from './next-server';
import { verdict, type PartReport } from './report';

// Part 3: what the server holds after the load runs: resident memory summed over `next start`
// and every process it spawned (Next forks its server; PGlite lives inside it).

const TARGET_MB = 400;

export function rssMb(serverPid: number): number {
  return treeRssBytes(serverPid) / 1024 / 1024;
}

/** `startedMb`: the same sum right after start-up (database open, one request served), for contrast. */
export function runMemory(serverPid: number, startedMb: number): PartReport & { rssMb: number } {
  const afterMb = rssMb(serverPid);
  return {
    title: 'Memory: server RSS',
    rows: [
      { measure: 'whole process tree after start-up', MB: Math.round(startedMb), [`<${TARGET_MB} MB`]: 'n/a' },
      {
        measure: 'whole process tree after the parts above',
        MB: Math.round(afterMb),
        [`<${TARGET_MB} MB`]: verdict(afterMb, TARGET_MB, 'below'),
      },
    ],
    notes: [],
    rssMb: afterMb,
  };
}
