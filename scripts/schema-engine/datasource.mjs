// Driver adapters for the wasm schema engine: embedded PGlite (a data folder) or a PostgreSQL
// server. Connections open lazily, so commands that never touch the database (`migrate diff
// --from-empty --to-schema`, `--version`) neither lock the PGlite folder nor need a server.
import crypto from 'node:crypto';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { acquirePgliteLock } from '../../lib/db/pglite-lock.mjs';

/**
 * Same URL rules as lib/env.ts: postgres:// or postgresql:// is a server; `file:<folder>` or a
 * bare folder path is PGlite (relative to the cwd, which the CLI sets to the project root);
 * no URL at all means a throwaway in-memory PGlite (for schema-only commands).
 */
export function parseDatasourceUrl(url) {
  const value = (url ?? '').trim();
  if (!value) return { kind: 'memory' };
  if (/^postgres(ql)?:\/\//i.test(value)) return { kind: 'postgres', url: value };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new Error(`Unsupported datasource URL "${value.split(':')[0]}://...": use postgres://... or file:./data/pglite`);
  }
  return { kind: 'pglite', dataDir: path.resolve(value.replace(/^file:/, '') || './data/pglite') };
}

/** Returns `{ factory, close }`; `factory` is a SqlMigrationAwareDriverAdapterFactory. */
export function createAdapterFactory(datasource) {
  return datasource.kind === 'postgres' ? postgresFactory(datasource.url) : pgliteFactory(datasource);
}

function pgliteFactory(datasource) {
  let opening = null;
  let lock = null;
  const shadows = new Set();
  const open = () =>
    (opening ??= (async () => {
      if (datasource.kind === 'memory') return PGlite.create();
      lock = acquirePgliteLock(datasource.dataDir);
      return PGlite.create(datasource.dataDir);
    })());
  const factory = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pglite',
    async connect() {
      const db = await open();
      return pgliteScriptFix(await new PrismaPGlite(db).connect(), db);
    },
    async connectToShadowDb() {
      // The adapter's own shadow is a PGlite that is never closed; use an owned in-memory one.
      const shadow = await PGlite.create();
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

function postgresFactory(url) {
  const schema = new URL(url).searchParams.get('schema') ?? undefined;
  const inner = new PrismaPg({ connectionString: url }, schema ? { schema } : undefined);
  const adapters = new Set();
  const track = (adapter) => {
    patchCharColumns(adapter);
    // PrismaPg splits scripts on every ";" (breaks $$ bodies, sends statements to different
    // pool connections); run the script as one simple query like the native engine does.
    adapter.executeScript = async (script) => {
      try {
        await adapter.underlyingDriver().query(script);
      } catch (error) {
        adapter.onError(error);
      }
    };
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      adapters.delete(adapter);
      await dispose();
    };
    adapters.add(adapter);
    return adapter;
  };
  const factory = {
    provider: 'postgres',
    adapterName: inner.adapterName,
    connect: async () => track(await inner.connect()),
    // A temporary database per use (needs CREATEDB, as with the native engine). Not PrismaPg's
    // own connectToShadowDb: it passes `database` next to `connectionString`, pg lets the
    // connection string win, and the "shadow" is the main database.
    async connectToShadowDb() {
      const main = await inner.connect();
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
      await main.underlyingDriver().query(`CREATE DATABASE "${name}"`);
      const shadowUrl = new URL(url);
      shadowUrl.pathname = `/${name}`;
      const shadow = await new PrismaPg({ connectionString: shadowUrl.href }).connect();
      const disposeShadow = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await disposeShadow();
        await main.underlyingDriver().query(`DROP DATABASE IF EXISTS "${name}"`);
        await main.dispose();
      };
      return track(shadow);
    },
  };
  const close = async () => {
    await Promise.allSettled([...adapters].map((a) => a.dispose()));
  };
  return { factory, close };
}

// The engine's catalog queries return `"char"` columns (pg_class.relkind, ...), which PrismaPg
// 7.10 rejects as an unsupported type; they are plain one-letter strings, so call them text.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
function patchCharColumns(queryable) {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  if (queryable.startTransaction) {
    const startTransaction = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (...args) => patchCharColumns(await startTransaction(...args));
  }
  return queryable;
}

/**
 * The CLI's `cli can-connect-to-database` / `cli create-database` probes. Resolves, or throws an
 * Error with `code` (Prisma error code: P1003 makes the CLI offer to create the database).
 */
export async function probe(datasource, command) {
  if (datasource.kind !== 'postgres') {
    // Opening creates the folder; here only check nobody else holds it (throws the clear message).
    if (datasource.kind === 'pglite') acquirePgliteLock(datasource.dataDir).release();
    return;
  }
  const target = new URL(datasource.url);
  const dbName = decodeURIComponent(target.pathname.slice(1)) || 'postgres';
  if (command === 'create-database') {
    const admin = new URL(datasource.url);
    admin.pathname = '/postgres';
    await withClient(admin.href, (c) => c.query(`CREATE DATABASE "${dbName.replaceAll('"', '""')}"`));
    return;
  }
  await withClient(datasource.url, (c) => c.query('SELECT 1'));
}

async function withClient(connectionString, fn) {
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
    return await fn(client);
  } catch (error) {
    throw toPrismaError(error, connectionString);
  } finally {
    await client.end().catch(() => {});
  }
}

function toPrismaError(error, connectionString) {
  const url = new URL(connectionString);
  const where = `${url.hostname}:${url.port || 5432}`;
  const codes = {
    '3D000': ['P1003', `Database \`${url.pathname.slice(1)}\` does not exist on the database server at \`${where}\`.`],
    '28P01': ['P1000', `Authentication failed against database server at \`${where}\`: ${error.message}`],
    ECONNREFUSED: ['P1001', `Can't reach database server at \`${where}\``],
    ENOTFOUND: ['P1001', `Can't reach database server at \`${where}\``],
  };
  const [code, message] = codes[error.code] ?? ['P1000', error.message];
  return Object.assign(new Error(message), { code });
}

// @prisma/driver-adapter-utils is a dependency of the adapters, not of this project: load the
// copy @prisma/adapter-pg uses (the same major as the wasm engine).
export function loadAdapterUtils() {
  const require = createRequire(import.meta.url);
  return createRequire(require.resolve('@prisma/adapter-pg'))('@prisma/driver-adapter-utils');
}
