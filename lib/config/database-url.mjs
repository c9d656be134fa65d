// The one reading of DATABASE_URL, shared by lib/config/env.ts (the app, seed and tests),
// prisma.config.ts (the Prisma CLI) and the schema-engine bridge. Plain JS, like
// pglite-lock.mjs, so the bridge (run by the CLI as a bare `node` program) can import it;
// TypeScript callers get types from database-url.d.mts.
import path from 'node:path';

const DEFAULT_PGLITE_DIR = './data/pglite';

const INVALID_POSTGRES = 'is not a valid postgres:// URL';
const UNSUPPORTED = 'must be postgres://… (PostgreSQL server) or a folder such as file:./data/pglite (embedded PGlite)';

/**
 * `postgres://` or `postgresql://` is a server; `file:<folder>`, a bare folder path or nothing
 * at all is embedded PGlite (relative folders from the cwd; default ./data/pglite).
 * Returns `{ success: true, config }` or `{ success: false, problem }`, where `problem` reads
 * after the variable's name ("DATABASE_URL is not a valid ...").
 */
export function safeParseDatabaseUrl(url) {
  const value = (url ?? '').trim();
  if (!value) return { success: true, config: pglite(DEFAULT_PGLITE_DIR) };
  if (/^postgres(ql)?:\/\//i.test(value)) {
    if (!URL.canParse(value)) return { success: false, problem: INVALID_POSTGRES };
    return { success: true, config: { kind: 'postgres', url: value } };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return { success: false, problem: UNSUPPORTED };
  return { success: true, config: pglite(value.replace(/^file:/, '') || DEFAULT_PGLITE_DIR) };
}

/** As safeParseDatabaseUrl, but throws `DATABASE_URL <problem>` on a bad value. */
export function parseDatabaseUrl(url) {
  const parsed = safeParseDatabaseUrl(url);
  if (!parsed.success) throw new Error(`DATABASE_URL ${parsed.problem}`);
  return parsed.config;
}

/**
 * The URL handed to the Prisma CLI (and from it to the bridge): PGlite folders become absolute
 * `file:` URLs, so the bridge opens the same folder whatever directory the CLI starts it in.
 */
export function toDatasourceUrl(config) {
  return config.kind === 'postgres' ? config.url : `file:${config.dataDir}`;
}

function pglite(folder) {
  return { kind: 'pglite', dataDir: path.resolve(folder) };
}
