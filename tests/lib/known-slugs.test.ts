import { afterEach, describe, expect, it } from 'vitest';
import { knownProcedureSlugs, provideProcedureSlugs } from '@/lib/routing/known-slugs';
import { namesNothing } from '@/lib/routing/missing-pages';
import { getProcedureSlugs } from '@/lib/procedures/list/queries';

// How proxy.ts tells an unknown procedure from a real one: through the loader the server
// registers at start-up (instrumentation.ts), here the real query on this worker's database.

afterEach(() => provideProcedureSlugs(undefined));

describe('known procedure slugs', () => {
  it('finds an unknown procedure and lets a real one through', async () => {
    provideProcedureSlugs(getProcedureSlugs);
    expect(await namesNothing('/procedures/botox')).toBe(false);
    expect(await namesNothing('/procedures/no-such-procedure')).toBe(true);
    expect(await namesNothing('/procedures/Not_A_Slug!')).toBe(true);
  });

  it('judges nothing without a loader or while the database cannot answer, and asks again next time', async () => {
    expect(await namesNothing('/procedures/no-such-procedure')).toBe(false);
    let calls = 0;
    provideProcedureSlugs(async () => {
      calls++;
      throw new Error('database unavailable');
    });
    expect(await knownProcedureSlugs()).toBeNull();
    expect(await namesNothing('/procedures/no-such-procedure')).toBe(false);
    expect(calls).toBe(2);
  });

  it('reads the slugs once per 30 s, however many requests ask', async () => {
    let calls = 0;
    provideProcedureSlugs(async () => {
      calls++;
      return ['botox'];
    });
    const now = Date.now();
    await Promise.all([knownProcedureSlugs(now), knownProcedureSlugs(now + 1_000), knownProcedureSlugs(now + 29_000)]);
    expect(calls).toBe(1);
    expect((await knownProcedureSlugs(now + 31_000))?.has('botox')).toBe(true);
    expect(calls).toBe(2);
  });
});
