import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { DatabaseConfig, DatabaseTimeouts } from '../config/env';
import { PrismaClient } from '../generated/prisma/client';
import { PGLITE_EXTENSIONS } from './pglite-extensions.mjs';
import { pgliteFsyncParams, syncRealFiles } from './pglite-fsync';
import { acquirePgliteLock } from './pglite-lock';
import { createPostgresPool } from './postgres-pool';

// Builds a PrismaClient for either runtime. Used by lib/db.ts (the app's one client) and by
// scripts that run outside Next (seed, benchmarks, test setup). Callers own `close()`.

export type Database = {
  prisma: PrismaClient;
  config: DatabaseConfig;
  close: () => Promise<void>;
};

// Postgres' default 128 MB of shared buffers is touched at start-up inside PGlite's WebAssembly
// memory and never given back: about 130 MB of the server's resident memory for a catalog that
// fits in a few MB. 16 MB holds the real catalog many times over; reads beyond it come from the
// OS file cache.
const PGLITE_START_PARAMS = ['-c', 'shared_buffers=16MB'];

export type OpenOptions = {
  /** PostgreSQL pool timeouts: the app passes them (lib/db.ts); scripts that load 100k rows don't. */
  timeouts?: DatabaseTimeouts;
  /** PGlite: sync each commit to disk (PGLITE_FSYNC=on, lib/db/pglite-fsync.ts). */
  fsync?: boolean;
};

export async function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<Database> {
  if (config.kind === 'postgres') {
    const pool = createPostgresPool(config.url, options.timeouts);
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
    return { prisma, config, close: () => prisma.$disconnect() };
  }

  // PGlite allows one process per data folder; the lock turns a second opener into a clear
  // error instead of two Postgres instances writing the same files.
  const lock = await acquirePgliteLock(config.dataDir);
  try {
    const fsync = options.fsync ?? false;
    const startParams = [...pgliteFsyncParams(PGlite.defaultStartParams, fsync), ...PGLITE_START_PARAMS];
    const pglite = await PGlite.create(config.dataDir, { extensions: PGLITE_EXTENSIONS, startParams });
    if (fsync) syncRealFiles(pglite);
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    let closed = false;
    return {
      prisma,
      config,
      close: async () => {
        if (closed) return;
        closed = true;
        await prisma.$disconnect();
        await pglite.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
