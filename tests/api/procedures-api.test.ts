import { describe, expect, it } from 'vitest';
import { GET as getOne } from '@/app/api/procedures/[slug]/route';
import { GET as getList } from '@/app/api/procedures/route';
import { getProcedureList } from '@/lib/procedures/queries';
import { listParamsSchema } from '@/lib/procedures/search-params';

// The route handlers called as Next calls them, against this worker's real database.

const list = (query: string) => getList(new Request(`http://localhost/api/procedures${query}`));
const one = (slug: string) => getOne(new Request(`http://localhost/api/procedures/${slug}`), { params: Promise.resolve({ slug }) });

describe('GET /api/procedures', () => {
  it('returns items, total and facets matching the query layer', async () => {
    const response = await list('?recoveryMaxDays=2&sort=name');
    expect(response.status).toBe(200);
    const body = await response.json();
    const expected = await getProcedureList(listParamsSchema.parse({ recoveryMaxDays: '2', sort: 'name' }));
    expect(body.total).toBe(expected.total);
    expect(body.items.map((item: { slug: string }) => item.slug)).toEqual(expected.items.map((item) => item.slug));
    expect(body.facets.category).toEqual(expected.facets.category);
  });

  it('answers 400 with the zod issues for invalid parameters', async () => {
    const response = await list('?recoveryMaxDays=abc&sort=nope&page=-3&invasiveness=laser');
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe('invalid_parameters');
    expect(body.issues.map((issue: { path: string[] }) => issue.path[0]).sort()).toEqual(
      ['invasiveness', 'page', 'recoveryMaxDays', 'sort'].sort(),
    );
  });

  it('never fails on hostile input', async () => {
    for (const query of ['?q=%27%3B%20DROP%20TABLE%20%22Procedure%22%3B--', '?q=%00', `?q=${'x'.repeat(500)}`, '?category=%00', '?page=99999']) {
      const response = await list(query);
      expect([200, 400], query).toContain(response.status);
    }
    expect((await list('?page=99999')).status).toBe(200);
  });
});

describe('GET /api/procedures/[slug]', () => {
  it('returns one procedure with its sources', async () => {
    const response = await one('botox');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.slug).toBe('botox');
    expect(body.sources.length).toBeGreaterThan(0);
    expect(body.sources[0]).toEqual({ title: expect.any(String), url: expect.stringMatching(/^https:\/\//), publisher: expect.any(String) });
  });

  it('answers 404 for an unknown slug and 400 for a malformed one', async () => {
    expect((await one('no-such-thing')).status).toBe(404);
    const bad = await one('<script>');
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues[0].message).toMatch(/slug/);
  });
});
