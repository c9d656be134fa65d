// PostgreSQL server side of the bridge: a PrismaPg adapter factory with the fixes the schema
// engine needs, and the CLI's connection probes.
import crypto from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

/** `guard.wrap(queryable)` lets the bridge switch writes off (see shadow-workarounds.mjs). */
export function postgresFactory(url, guard) {
  const schema = new URL(url).searchParams.get('schema') ?? undefined;
  const inner = new PrismaPg({ connectionString: url }, schema ? { schema } : undefined);
  const adapters = new Set();
  const track = (adapter) => {
    patchCharColumns(adapter);
    // PrismaPg splits scripts on every ";" (breaks $$ bodies, and sends the pieces to different
    // pool connections): run the script as one simple query, as the native engine does.
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
    return guard.wrap(adapter);
  };
  const factory = {
    provider: 'postgres',
    adapterName: inner.adapterName,
    connect: async () => track(await inner.connect()),
    // A temporary database per use (needs CREATEDB, as with the native engine). Not PrismaPg's
    // own connectToShadowDb: it passes `database` next to `connectionString`, pg lets the
    // connection string win, and the "shadow" database is the main one.
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
 * `cli can-connect-to-database` / `cli create-database`. Throws an Error whose `code` is the
 * Prisma error code; P1003 (database missing) makes `migrate dev` / `db push` create it.
 */
export async function probePostgres(url, command) {
  if (command === 'create-database') {
    const name = decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';
    const admin = new URL(url);
    admin.pathname = '/postgres';
    await withClient(admin.href, (c) => c.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`));
  } else {
    await withClient(url, (c) => c.query('SELECT 1'));
  }
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

// Messages modelled on the native engine's for the same conditions.
function toPrismaError(error, connectionString) {
  const url = new URL(connectionString);
  const where = `${url.hostname}:${url.port || 5432}`;
  const codes = {
    '3D000': ['P1003', `Database \`${url.pathname.slice(1)}\` does not exist on the database server at \`${where}\`.`],
    '28P01': ['P1000', `Authentication failed against database server at \`${where}\`: ${error.message}`],
    ECONNREFUSED: ['P1001', `Can't reach database server at \`${where}\``],
    ENOTFOUND: ['P1001', `Can't reach database server at \`${where}\``],
  };
  const [code, message] = codes[error.code] ?? [undefined, error.message];
  return Object.assign(new Error(message), { code });
}
