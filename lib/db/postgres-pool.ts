import pg from 'pg';
import type { DatabaseTimeouts } from '../config/env';

// The PostgreSQL connection pool the Prisma adapter uses, with timeouts, so that a database that
// stops answering without closing its sockets (a frozen server, a network partition) turns into
// errors within seconds instead of requests that hang until the client gives up. A stopped
// server refuses or closes connections by itself; a frozen one accepts TCP and then says nothing,
// which only a timer on our side can notice.

/** A frozen server cannot cancel a statement: the client waits this much longer, then gives up. */
export const READ_TIMEOUT_MARGIN_MS = 500;

/** pg's message when query_timeout expires (lib/http/database-unavailable.ts reads it as an outage). */
const READ_TIMEOUT_MESSAGE = 'Query read timeout';

export function createPostgresPool(url: string, timeouts?: DatabaseTimeouts): pg.Pool {
  if (!timeouts) return new pg.Pool({ connectionString: url });
  const connectMs = timeouts.connectMs;
  const pool = new pg.Pool({
    connectionString: url,
    // The pool uses this for the wait for a free connection; each new connection gets its own,
    // shorter, bound on the TCP and start-up handshake (the Client below).
    connectionTimeoutMillis: timeouts.poolWaitMs,
    Client: class extends pg.Client {
      constructor(config?: string | pg.ClientConfig) {
        super({ ...(typeof config === 'string' ? { connectionString: config } : config), connectionTimeoutMillis: connectMs });
      }
    },
    // Server side: a slow statement is cancelled, and a session stuck in a transaction ended.
    statement_timeout: timeouts.statementMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    // Client side, for a server that answers nothing at all.
    query_timeout: timeouts.statementMs + READ_TIMEOUT_MARGIN_MS,
  });
  pool.on('connect', endOnReadTimeout);
  return pool;
}

/**
 * After a read timeout the connection still waits for the answer to the abandoned query; once the
 * server thaws, that answer (or an open transaction the dropped ROLLBACK never reached) would be
 * taken for the next user's. So the connection is ended, and the pool replaces it.
 */
function endOnReadTimeout(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const end = (error: unknown) => {
    if (error instanceof Error && error.message === READ_TIMEOUT_MESSAGE) client.end().catch(() => undefined);
  };
  const watched = (...args: unknown[]) => {
    const callbackAt = args.findIndex((arg) => typeof arg === 'function');
    if (callbackAt >= 0) {
      const callback = args[callbackAt] as (error: unknown, ...rest: unknown[]) => void;
      args[callbackAt] = (error: unknown, ...rest: unknown[]) => {
        end(error);
        callback(error, ...rest);
      };
    }
    const result = query(...args);
    if (result instanceof Promise) result.catch(end);
    return result;
  };
  client.query = watched as typeof client.query;
}
