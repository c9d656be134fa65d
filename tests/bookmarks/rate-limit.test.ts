import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { consumeRateLimit, sweepExpiredRateLimits } from '@/lib/rate-limit/rate-limit';

describe('consumeRateLimit', () => {
  it('counts atomically: 40 parallel requests get 40 distinct counts', async () => {
    const key = `test:${crypto.randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 40 }, () => consumeRateLimit(key, { limit: 30, windowSeconds: 60 })));
    expect(results.map((result) => result.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(results.filter((result) => result.allowed)).toHaveLength(30);
    for (const result of results) {
      expect(result.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(result.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
  });

  it('keeps separate counts per key', async () => {
    const a = await consumeRateLimit(`test:${crypto.randomUUID()}`, { limit: 1, windowSeconds: 60 });
    const b = await consumeRateLimit(`test:${crypto.randomUUID()}`, { limit: 1, windowSeconds: 60 });
    expect([a.allowed, b.allowed]).toEqual([true, true]);
  });

  it('sweeps the rows of keys that have not written for a day, and only those', async () => {
    const db = await getDb();
    const stale = `test:${crypto.randomUUID()}`;
    const fresh = `test:${crypto.randomUUID()}`;
    await consumeRateLimit(fresh, { limit: 5, windowSeconds: 60 });
    await db.$executeRaw`
      INSERT INTO "RateLimit" ("key", "windowStart", "count")
      VALUES (${stale}, (now() AT TIME ZONE 'UTC') - interval '25 hours', 3)`;
    expect(await sweepExpiredRateLimits()).toBeGreaterThanOrEqual(1);
    const left = await db.rateLimit.findMany({ where: { key: { in: [stale, fresh] } }, select: { key: true } });
    expect(left.map((row) => row.key)).toEqual([fresh]);
    // The swept key starts over, as an expired window would.
    expect((await consumeRateLimit(stale, { limit: 5, windowSeconds: 60 })).count).toBe(1);
  });
});
