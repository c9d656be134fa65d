import path from 'node:path';
import { z } from 'zod';
import { safeParseDatabaseUrl, type DatabaseConfig } from './database-url.mjs';

// The only module that reads process.env. Everything else asks it for typed, validated values,
// so a bad setting fails at start-up with one clear message instead of deep inside a query.

export type { DatabaseConfig };

const databaseUrlSchema = z
  .string()
  .optional()
  .transform((value, ctx): DatabaseConfig => {
    const parsed = safeParseDatabaseUrl(value);
    if (parsed.success) return parsed.config;
    ctx.addIssue({ code: 'custom', message: parsed.problem });
    return z.NEVER;
  });

const timeoutMs = (fallback: number) => z.coerce.number().int().min(100).max(600_000).default(fallback);

const envSchema = z.object({
  DATABASE_URL: databaseUrlSchema,
  NEXT_PHASE: z.string().optional(),
  /** Folder of catalog *.json files for the seed; tests point it at broken catalogs. */
  CATALOG_DIR: z.string().trim().min(1).optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /**
   * How many proxies in front of the app append to X-Forwarded-For (a load balancer: 1). 0, the
   * default, means the app cannot know a client's address: on a direct connection the client
   * writes that header itself.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * The public address of the site (https://example.org), so canonical links and metadata name it
   * rather than the host the server happens to listen on. Unset: links stay relative to localhost.
   */
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * PostgreSQL only: how long opening a connection (TCP and PostgreSQL's start-up handshake) may
   * take before the request is answered 503: a frozen server accepts the socket and says nothing.
   */
  DATABASE_CONNECT_TIMEOUT_MS: timeoutMs(2_000),
  /**
   * PostgreSQL only: how long a request may wait for a free connection in the pool. Longer than
   * the rest: a burst of writes queues behind each other on a healthy server (1,000 at once take
   * several seconds), and a frozen one is caught by the other timeouts first.
   */
  DATABASE_POOL_WAIT_MS: timeoutMs(15_000),
  /**
   * PostgreSQL only: the server cancels a statement running longer (statement_timeout); the app
   * gives up on a server that has not answered at all 0.5 s after that (a frozen server or a
   * network partition cannot cancel anything) and drops the connection.
   */
  DATABASE_STATEMENT_TIMEOUT_MS: timeoutMs(2_000),
  /** PostgreSQL only: the server ends a session left idle inside a transaction this long. */
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: timeoutMs(5_000),
  /**
   * Embedded PGlite only. off (default): a saved bookmark survives the app being killed, not the
   * machine losing power. on: every commit is synced to disk first (slower writes; see README).
   */
  PGLITE_FSYNC: z.enum(['on', 'off']).default('off'),
});

export type Env = z.infer<typeof envSchema>;

/** Every variable this module reads; .env.example documents each (tests/lib/env-example.test.ts). */
export const ENV_KEYS = Object.keys(envSchema.shape) as (keyof Env)[];

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ');
    throw new Error(`Invalid environment: ${details}`);
  }
  return parsed.data;
}

export function getDatabaseConfig(): DatabaseConfig {
  return readEnv().DATABASE_URL;
}

/** True while `next build` runs: the database must not be opened then (build workers are separate processes). */
export function isBuildPhase(): boolean {
  return readEnv().NEXT_PHASE === 'phase-production-build';
}

export function getTrustedProxyHops(): number {
  return readEnv().TRUSTED_PROXY_HOPS;
}

export function getCatalogDir(): string | undefined {
  const dir = readEnv().CATALOG_DIR;
  return dir ? path.resolve(dir) : undefined;
}

export function getSiteUrl(): URL | undefined {
  const site = readEnv().SITE_URL;
  return site ? new URL(site) : undefined;
}

/** The PostgreSQL pool's timeouts (lib/db/postgres-pool.ts); PGlite runs in-process and needs none. */
export type DatabaseTimeouts = { connectMs: number; poolWaitMs: number; statementMs: number; idleInTransactionMs: number };

export function getDatabaseTimeouts(): DatabaseTimeouts {
  const env = readEnv();
  return {
    connectMs: env.DATABASE_CONNECT_TIMEOUT_MS,
    poolWaitMs: env.DATABASE_POOL_WAIT_MS,
    statementMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    idleInTransactionMs: env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  };
}

/** Whether the embedded database syncs each commit to disk (lib/db/pglite-fsync.ts). */
export function getPgliteFsync(): boolean {
  return readEnv().PGLITE_FSYNC === 'on';
}
