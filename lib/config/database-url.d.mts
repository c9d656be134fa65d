// Types for database-url.mjs (kept as plain JS so the Prisma schema-engine bridge can import it).

/** Where the database lives: an embedded PGlite data folder (absolute) or a PostgreSQL server. */
export type DatabaseConfig = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

/**
 * Reads a DATABASE_URL value: `postgres://` / `postgresql://` is a server; `file:<folder>`, a bare
 * folder or nothing is PGlite (default ./data/pglite). `problem` reads after the variable's name.
 */
export declare function safeParseDatabaseUrl(
  url: string | undefined | null,
): { success: true; config: DatabaseConfig } | { success: false; problem: string };

/** As safeParseDatabaseUrl, but throws `DATABASE_URL <problem>` on a bad value. */
export declare function parseDatabaseUrl(url: string | undefined | null): DatabaseConfig;

/** The datasource URL for the Prisma CLI: the server URL, or `file:<absolute folder>`. */
export declare function toDatasourceUrl(config: DatabaseConfig): string;
