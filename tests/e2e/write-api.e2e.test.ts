import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { untilFreshWindow } from '../support/rate-limit-window';
import { baseUrl } from './support/browser';

// The bookmark write API over real HTTP: the visitor cookie, the 60-a-minute budget answered
// with 429 + Retry-After, and the Origin check that server actions get from Next.

type Options = { cookie?: string; origin?: string | null; body?: string };

async function write(method: 'PUT' | 'DELETE' | 'PATCH', slug: string, { cookie, origin = baseUrl(), body }: Options = {}) {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (origin) headers.origin = origin;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl()}/api/bookmarks/${slug}`, { method, headers, ...(body !== undefined ? { body } : {}) });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
}

async function savedSlugs(cookie: string): Promise<string[]> {
  const response = await fetch(`${baseUrl()}/api/bookmarks/state`, { headers: { cookie } });
  return ((await response.json()) as { slugs: string[] }).slugs.sort();
}

describe('bookmark write API over HTTP', () => {
  it('the 61st write within a minute is a 429 with Retry-After and a clear message', async () => {
    await untilFreshWindow();
    const first = await write('PUT', 'botox');
    expect(first.status).toBe(200);
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(cookie).toMatch(/^pc_visitor=/);
    for (let i = 2; i <= 60; i += 1) {
      const response = await write(i % 2 === 0 ? 'DELETE' : 'PUT', 'botox', { cookie });
      expect(response.status, `write ${i}`).toBe(200);
    }
    const refused = await write('PUT', 'facelift', { cookie });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.json).toMatchObject({
      error: 'rate_limited',
      message: expect.stringMatching(/Too many changes/),
      retryAfterSeconds: retryAfter,
    });
    expect(await savedSlugs(cookie)).toEqual([]);
  });

  it('refuses a foreign Origin with 403 and writes nothing; same-origin works', async () => {
    const saved = await write('PUT', 'lip-filler');
    const cookie = (saved.headers.get('set-cookie') ?? '').split(';')[0]!;
    for (const origin of ['https://evil.example', 'null', `${baseUrl()}.evil.example`]) {
      expect((await write('DELETE', 'lip-filler', { cookie, origin })).status, origin).toBe(403);
      expect((await write('PUT', 'facelift', { cookie, origin })).status, origin).toBe(403);
      expect((await write('PATCH', 'lip-filler', { cookie, origin, body: '{"note":"x"}' })).status, origin).toBe(403);
    }
    expect(await savedSlugs(cookie)).toEqual(['lip-filler']);
    expect((await write('PATCH', 'lip-filler', { cookie, body: '{"note":"ok"}' })).json).toEqual({ slug: 'lip-filler', note: 'ok' });
  });

  it('arbitrary slugs and bodies: never 5xx, refusals are 400 with issues or 404', async () => {
    const saved = await write('PUT', 'cheek-filler');
    const cookie = (saved.headers.get('set-cookie') ?? '').split(';')[0]!;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 30 }).map(encodeURIComponent),
          fc.constantFrom('%zz', 'BOTOX', 'unicorn-lift', 'a'.repeat(81)),
        ),
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.jsonValue().map((note) => JSON.stringify({ note })),
        ),
        async (slug, body) => {
          if (slug === '.' || slug === '..') return;
          const response = await write('PATCH', slug, { cookie, body });
          expect(response.status, `${slug} ${body.slice(0, 80)}`).toBeLessThan(500);
          expect([400, 404, 405]).toContain(response.status);
          if (response.status === 400) expect((response.json.issues as unknown[]).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 40 },
    );
  });
});
