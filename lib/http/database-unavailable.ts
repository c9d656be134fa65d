// Whether an error means "the database cannot be reached right now" (answer 503, try again)
// rather than a bug (answer 500). Recognised by what each layer reports, seen on these machines:
// - PostgreSQL server down: Prisma P1001 with the adapter's kind DatabaseNotReachable;
// - connection lost or refused later: the adapter's kinds and PostgreSQL's shutdown codes, or
//   node-postgres' own "Connection terminated" when the adapter passes its error through;
// - PGlite closed: a plain "PGlite is closed"; PGlite folder held by another process: the
//   lock's PgliteLockedError (lib/db/pglite-lock.mjs), named here to avoid importing lib/db.

/** Prisma codes for an unreachable, vanished or saturated database (prisma.io/docs/orm/reference/error-reference). */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1003', 'P1008', 'P1017', 'P2024', 'P2037']);
/** Driver adapter error kinds (@prisma/driver-adapter-utils) with the same meaning. */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'DatabaseDoesNotExist', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/**
 * SQLSTATE: class 08 connection exceptions, 57P01-57P03 server shutting down or starting up,
 * 57014 a statement cancelled by statement_timeout (an overloaded or stuck server).
 */
const SQLSTATE = /^(08...|57P0[123]|57014)$/;
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);
const ERROR_NAMES = new Set(['PrismaClientInitializationError', 'PgliteLockedError']);
const MESSAGES = new RegExp(
  [
    'PGlite is closed',
    'Connection terminated',
    'not queryable',
    'Cannot use a pool after calling end',
    'timeout exceeded when trying to connect',
    // pg's own connect timeout: the server took the socket and never finished the handshake.
    'timeout expired',
    // pg's query_timeout: the server accepted the query and never answered (lib/db/postgres-pool.ts).
    'Query read timeout',
  ].join('|'),
);

type ErrorLike = { name?: unknown; code?: unknown; message?: unknown; meta?: unknown; cause?: unknown };

function adapterCause(error: ErrorLike): { kind?: unknown; code?: unknown; originalCode?: unknown } | undefined {
  const meta = error.meta as { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown; originalCode?: unknown } } } | undefined;
  return meta?.driverAdapterError?.cause;
}

function matches(error: ErrorLike): boolean {
  if (typeof error.name === 'string' && ERROR_NAMES.has(error.name)) return true;
  if (typeof error.code === 'string' && (PRISMA_CODES.has(error.code) || SOCKET_CODES.has(error.code) || SQLSTATE.test(error.code))) {
    return true;
  }
  const cause = adapterCause(error);
  if (cause && typeof cause.kind === 'string' && ADAPTER_KINDS.has(cause.kind)) return true;
  const sqlState = cause?.code ?? cause?.originalCode;
  if (typeof sqlState === 'string' && SQLSTATE.test(sqlState)) return true;
  return typeof error.message === 'string' && MESSAGES.test(error.message);
}

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  // Follow `cause` a few links: wrappers (ours or a library's) keep the original there.
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    if (matches(current as ErrorLike)) return true;
    current = (current as ErrorLike).cause;
  }
  return false;
}
