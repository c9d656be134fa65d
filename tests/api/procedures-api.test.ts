import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/procedures/catalog/catalog-file';
import { GET as getOne } from '@/app/api/procedures/[slug]/route';
import { GET as getList } from '@/app/api/procedures/route';
import { getProcedureList } from '@/lib/procedures/list/queries';
import { listParamsSchema } from '@/lib/procedures/list/search-params';

// The route handlers called as Next calls them, against this worker's real database.

const list = (query: string) => getList(new Request(`http://localhost/api/procedures${query}`));
const one = (slug: string) => getOne(new Request(`http://localhost/api/procedures/${slug}`), { params: Promise.resolve({ slug }) });

describe('GET /api/procedures', () => {
  it('returns items, total and facets matching the query layer', async () => {
    const response = await list('?downtimeDays=2&sort=name');
    expect(response.status).toBe(200);
    const body = await response.json();
    const expected = await getProcedureList(listParamsSchema.parse({ downtimeDays: '2', sort: 'name' }));
    expect(body.total).toBe(expected.total);
    expect(body.items.map((item: { slug: string }) => item.slug)).toEqual(expected.items.map((item) => item.slug));
    expect(body.facets.category).toEqual(expected.facets.category);
  });

  it('answers 400 with the zod issues for invalid parameters', async () => {
    const response = await list('?downtimeDays=abc&sort=nope&page=-3&invasiveness=laser');
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe('invalid_parameters');
    expect(body.issues.map((issue: { path: string[] }) => issue.path[0]).sort()).toEqual(
      ['invasiveness', 'page', 'downtimeDays', 'sort'].sort(),
    );
  });

  it('never fails on hostile input', async () => {
    for (const query of [
      '?q=%27%3B%20DROP%20TABLE%20%22Procedure%22%3B--',
      '?q=%00',
      `?q=${'x'.repeat(500)}`,
      '?category=%00',
      '?page=99999',
    ]) {
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
    expect(body.sources[0]).toEqual({
      id: expect.any(String),
      title: expect.any(String),
      url: expect.stringMatching(/^https?:\/\//),
      publisher: expect.any(String),
      kind: expect.any(String),
      year: expect.toBeOneOf([null, expect.any(Number)]),
      accessed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      copyOf: expect.toBeOneOf([null, expect.any(String)]),
      author: expect.toBeOneOf([null, expect.any(String)]),
    });
  });

  it('puts each figure beside its evidence, for every procedure in the catalog', async () => {
    type Evidence = { quote: string; source: { id: string; url: string; kind: string } };
    type Figure = { value: unknown; unit: string; evidence: Evidence } | { notReported: string } | null;
    for (const entry of loadCatalog()) {
      const body = (await (await one(entry.slug)).json()) as {
        figures: Record<string, Figure>;
        recoveryDays: unknown;
        cost: unknown;
        results: unknown;
        sessions: unknown;
        sources: { id: string }[];
      };
      const ids = new Set(body.sources.map((source) => source.id));
      for (const [name, figure] of Object.entries(body.figures)) {
        if (figure === null) continue;
        if ('notReported' in figure) {
          expect(figure.notReported.length, `${entry.slug} ${name}`).toBeGreaterThan(9);
          continue;
        }
        expect(figure.evidence.quote.split(/\s+/).length, `${entry.slug} ${name}`).toBeLessThanOrEqual(30);
        expect(ids.has(figure.evidence.source.id), `${entry.slug} ${name}`).toBe(true);
      }
      // Every number the flat fields report is one of those figures, so none goes without evidence.
      const reported = (name: string) => body.figures[name] !== null && !('notReported' in body.figures[name]!);
      expect(body.recoveryDays !== null, entry.slug).toBe(reported('downtime'));
      expect(body.cost !== null, entry.slug).toBe(reported('cost'));
      expect(body.results !== null, entry.slug).toBe(reported('resultsLast'));
      expect(body.sessions !== null, entry.slug).toBe(reported('sessions'));
    }
  });

  it('answers 404 for an unknown slug and 400 for a malformed one', async () => {
    expect((await one('no-such-thing')).status).toBe(404);
    const bad = await one('<script>');
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues[0].message).toMatch(/slug/);
  });
});
