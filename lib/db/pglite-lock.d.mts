// Types for pglite-lock.mjs (kept as plain JS so the Prisma schema-engine bridge can import it).

export declare const LOCK_FILE_NAME: '.procedure-compare.lock';

export interface PgliteLock {
  /** Absolute data folder the lock guards. */
  readonly dataDir: string;
  /** Removes the lock file if this process still holds it. Safe to call more than once. */
  release(): void;
}

/** Thrown when another live process holds the folder; `message` says what to do. */
export declare class PgliteLockedError extends Error {
  readonly dataDir: string;
  readonly pid: number;
}

/**
 * Takes the exclusive lock `<dataDir>/.procedure-compare.lock` (creating `dataDir` if needed).
 * A stale lock (dead pid, or a reused one) is taken over; a live holder is waited for up to
 * `waitMs` (default 3000; at least 30 s if the holder marked itself `shortLived`), then the
 * promise rejects with a PgliteLockedError. Waiting never blocks the event loop. Rejects at once
 * if this process already holds the folder.
 */
export declare function acquirePgliteLock(dataDir: string, options?: { waitMs?: number; shortLived?: boolean }): Promise<PgliteLock>;
