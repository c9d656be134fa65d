import { describe, expect, it, vi } from 'vitest';
import { createTtlCache } from '@/lib/cache/ttl-cache';

describe('ttl cache', () => {
  it('shares one load between callers until it expires', async () => {
    vi.useFakeTimers();
    const cache = createTtlCache<number>({ ttlMs: 1000, maxEntries: 10 });
    let loads = 0;
    const load = async () => ++loads;
    expect(await Promise.all([cache.get('a', load), cache.get('a', load)])).toEqual([1, 1]);
    vi.advanceTimersByTime(999);
    expect(await cache.get('a', load)).toBe(1);
    vi.advanceTimersByTime(2);
    expect(await cache.get('a', load)).toBe(2);
    vi.useRealTimers();
  });

  it('forgets failed loads and evicts the oldest entry past its size', async () => {
    const cache = createTtlCache<string>({ ttlMs: 60_000, maxEntries: 2 });
    await expect(cache.get('x', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('x', async () => 'up')).toBe('up');
    await cache.get('y', async () => 'y1');
    await cache.get('z', async () => 'z1');
    expect(await cache.get('x', async () => 'reloaded')).toBe('reloaded');
    expect(await cache.get('z', async () => 'z2')).toBe('z1');
  });
});
