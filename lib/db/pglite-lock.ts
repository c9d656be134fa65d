// The lock lives in pglite-lock.mjs (plain JS, shared with scripts/schema-engine/bridge.mjs, which
// the Prisma CLI runs with bare `node`); this file lets TypeScript code import './pglite-lock'.
export { acquirePgliteLock, LOCK_FILE_NAME, PgliteLockedError, type PgliteLock } from './pglite-lock.mjs';
