import type { Database } from '@/lib/db/client';

// The app's one database client lives on globalThis (lib/db.ts), so that is where a test reaches
// it to take the database away mid-run, and to let the next getDb() open a fresh one.

const globalForDb = globalThis as unknown as { procedureCompareDb?: Promise<Database> };

/** Closes the client the routes are using; it stays in place, closed, as after a crash of the database. */
export async function closeAppDatabase(): Promise<void> {
  const opened = globalForDb.procedureCompareDb;
  if (opened) await (await opened).close();
}

/** Forgets the (closed) client, so the next getDb() opens DATABASE_URL anew. */
export async function reopenAppDatabaseLater(): Promise<void> {
  await closeAppDatabase().catch(() => undefined);
  globalForDb.procedureCompareDb = undefined;
}
