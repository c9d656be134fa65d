import { describe, expect, it } from 'vitest';
import { consumeRateLimit } from '@/lib/rate-limit/rate-limit';

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
});
