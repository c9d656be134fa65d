// Driver adapters for the wasm schema engine: embedded PGlite (a data folder, opened in this
// process under the project's lock) or a PostgreSQL server (postgres.mjs).
import { createRequire } from 'node:module';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PGLITE_EXTENSIONS } from '../../lib/db/pglite-extensions.mjs';
import { parseDatabaseUrl } from '../../lib/config/database-url.mjs';
import { acquirePgliteLock } from '../../lib/db/pglite-lock.mjs';
import { postgresFactory, probePostgres } from './postgres.mjs';

/**
 * The URL the CLI passes (prisma.config.ts's, itself from DATABASE_URL), read by the same module
 * as lib/config/env.ts. No URL at all means a throwaway in-memory PGlite (enough for schema-only commands).
 */
export function parseDatasourceUrl(url) {
  return url?.trim() ? parseDatabaseUrl(url) : { kind: 'memory' };
}

/**
 * Returns `{ factory, close, withWritesDisabled }`: `factory` is a
 * SqlMigrationAwareDriverAdapterFactory; `withWritesDisabled(fn)` runs fn while the main
 * connection silently drops every non-query statement (see shadow-workarounds.mjs).
 */
export function createAdapterFactory(datasource) {
  const guard = writeGuard();
  const made = datasource.kind === 'postgres' ? postgresFactory(datasource.url, guard) : pgliteFactory(datasource, guard);
  return { ...made, withWritesDisabled: guard.disable };
}

function writeGuard() {
  let disabled = false;
  const wrap = (queryable) => {
    for (const method of ['executeScript', 'executeRaw']) {
      const original = queryable[method]?.bind(queryable);
      if (!original) continue;
      queryable[method] = async (arg) => (!disabled ? original(arg) : method === 'executeRaw' ? 0 : undefined);
    }
    if (queryable.startTransaction) {
      const startTransaction = queryable.startTransaction.bind(queryable);
      queryable.startTransaction = async (...args) => wrap(await startTransaction(...args));
    }
    return queryable;
  };
  const disable = async (fn) => {
    disabled = true;
    try {
      return await fn();
    } finally {
      disabled = false;
    }
  };
  return { wrap, disable };
}

function pgliteFactory(datasource, guard) {
  let opening = null;
  let lock = null;
  const shadows = new Set();
  const open = () =>
    (opening ??= (async () => {
      if (datasource.kind === 'memory') return PGlite.create({ extensions: PGLITE_EXTENSIONS });
      // Short-lived: other openers wait for us a little longer (we exit right after the CLI).
      lock = await acquirePgliteLock(datasource.dataDir, { shortLived: true });
      return PGlite.create(datasource.dataDir, { extensions: PGLITE_EXTENSIONS });
    })());
  const factory = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pglite',
    async connect() {
      const db = await open();
      return guard.wrap(pgliteScriptFix(await new PrismaPGlite(db).connect(), db));
    },
    async connectToShadowDb() {
      // The adapter's own shadow is a PGlite that is never closed; use an owned in-memory one.
      const shadow = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
      shadows.add(shadow);
      const adapter = pgliteScriptFix(await new PrismaPGlite(shadow).connect(), shadow);
      adapter.dispose = async () => {
        shadows.delete(shadow);
        await shadow.close();
      };
      return adapter;
    },
  };
  const close = async () => {
    await Promise.allSettled([...shadows].map((s) => s.close()));
    // close() checkpoints and shuts Postgres down cleanly, so the folder needs no recovery.
    if (opening) await opening.then((db) => db.close()).catch(() => {});
    lock?.release();
  };
  return { factory, close };
}

// pglite-prisma-adapter 0.7.2 fires `exec(script)` without awaiting it: a failing migration
// would be reported as applied (and crash the process with an unhandled rejection later).
function pgliteScriptFix(adapter, db) {
  adapter.executeScript = async (script) => {
    try {
      await db.exec(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

/** The CLI's `cli <command>` probes; throws an Error (with `code` when it is a Prisma one). */
export async function probe(datasource, command) {
  if (datasource.kind === 'postgres') return probePostgres(datasource.url, command);
  // A folder is created when first opened; only check that nobody else holds it.
  if (datasource.kind === 'pglite') (await acquirePgliteLock(datasource.dataDir, { shortLived: true })).release();
}

// @prisma/driver-adapter-utils is a dependency of the adapters, not of this project: load the
// copy @prisma/adapter-pg uses (the same version as the wasm engine).
export function loadAdapterUtils() {
  const require = createRequire(import.meta.url);
  return createRequire(require.resolve('@prisma/adapter-pg'))('@prisma/driver-adapter-utils');
}
