import pg from 'pg';

// Server-level statements (CREATE/DROP DATABASE) for the tests and the benchmark, which both
// make throwaway databases on a PostgreSQL server.

/** Runs one statement on its own connection (CREATE DATABASE cannot run inside a transaction). */
export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A database URL on the same server as `url`, naming another database. */
export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}
