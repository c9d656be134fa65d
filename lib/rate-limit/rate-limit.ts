import { getDb } from '../db';

// Fixed-window rate limiting in the database, so every app instance shares one count.
// One statement both reads and increments: an INSERT … ON CONFLICT DO UPDATE takes the row
// lock, so parallel requests (even from different instances) each see a distinct count. The
// window is computed from the database clock, not each instance's, so instances whose clocks
// disagree still agree on which window a request falls in.

export type RateLimitPolicy = { limit: number; windowSeconds: number };

/** A row whose window ended this long ago counts for nothing: the next request starts over. */
const EXPIRED_AFTER_SECONDS = 24 * 60 * 60;
/** About one write in this many also sweeps expired rows, so the table holds recent writers only. */
const SWEEP_EVERY = 200;

export type RateLimitResult = {
  allowed: boolean;
  /** Requests counted in this window, including this one. */
  count: number;
  /** Whole seconds until the window resets (at least 1). */
  retryAfterSeconds: number;
};

export async function consumeRateLimit(key: string, policy: RateLimitPolicy): Promise<RateLimitResult> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ count: number; resetInSeconds: number }[]>`
    WITH clock AS (
      SELECT (now() AT TIME ZONE 'UTC') AS now,
             date_bin(make_interval(secs => ${policy.windowSeconds}), now() AT TIME ZONE 'UTC', TIMESTAMP '2000-01-01') AS window_start
    )
    INSERT INTO "RateLimit" ("key", "windowStart", "count")
    SELECT ${key}, clock.window_start, 1 FROM clock
    ON CONFLICT ("key") DO UPDATE SET
      -- A row from an earlier window starts over; the same (or a later) window counts on.
      "count" = CASE WHEN "RateLimit"."windowStart" >= EXCLUDED."windowStart" THEN "RateLimit"."count" + 1 ELSE 1 END,
      "windowStart" = GREATEST("RateLimit"."windowStart", EXCLUDED."windowStart")
    RETURNING "count",
      EXTRACT(EPOCH FROM ("windowStart" + make_interval(secs => ${policy.windowSeconds}) - (SELECT now FROM clock)))::float8
        AS "resetInSeconds"`;
  const row = rows[0];
  if (!row) throw new Error('Rate limit upsert returned no row');
  if (Math.random() < 1 / SWEEP_EVERY) await sweepExpiredRateLimits();
  return {
    allowed: row.count <= policy.limit,
    count: row.count,
    retryAfterSeconds: Math.max(1, Math.ceil(row.resetInSeconds)),
  };
}

/**
 * Deletes the rows of keys that have not written for a day (one row per visitor otherwise stays
 * forever). Safe beside concurrent writes: a row updated meanwhile has a current window, and the
 * DELETE re-checks its condition on the updated row.
 */
export async function sweepExpiredRateLimits(olderThanSeconds = EXPIRED_AFTER_SECONDS): Promise<number> {
  const db = await getDb();
  return db.$executeRaw`
    DELETE FROM "RateLimit"
    WHERE "windowStart" < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${olderThanSeconds})`;
}
