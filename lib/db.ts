import 'server-only';
import { getDatabaseConfig, getDatabaseTimeouts, getPgliteFsync, isBuildPhase } from './config/env';
import { openDatabase, type Database } from './db/client';

// The app's one database client, kept on globalThis so dev hot reloads and the many route
// modules of one server process share it (one PGlite instance per process is a hard rule).

const globalForDb = globalThis as unknown as { procedureCompareDb?: Promise<Database> };

function connect(): Promise<Database> {
  if (isBuildPhase()) {
    throw new Error('The database was opened during `next build`. Pages that read the catalog must render at request time.');
  }
  const opening = openDatabase(getDatabaseConfig(), { timeouts: getDatabaseTimeouts(), fsync: getPgliteFsync() });
  opening
    .then((db) => closeOnExit(db))
    .catch(() => {
      globalForDb.procedureCompareDb = undefined;
    });
  return opening;
}

function closeOnExit(db: Database): void {
  const shutdown = (signal: NodeJS.Signals) => {
    db.close().finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

export async function getDb() {
  globalForDb.procedureCompareDb ??= connect();
  return (await globalForDb.procedureCompareDb).prisma;
}
