import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/compare/route';
import { comparisonResponseSchema } from '@/lib/compare/api';
import { loadComparison } from '@/lib/compare/load';
import { parseCompareParams } from '@/lib/compare/schema';

// The route handler called as Next calls it, against this worker's real, seeded database.

const get = (query: string) => GET(new Request(`http://localhost/api/compare${query}`));

async function ok(query: string) {
  const response = await get(query);
  expect(response.status, query).toBe(200);
  return comparisonResponseSchema.parse(await response.json());
}

const row = (body: Awaited<ReturnType<typeof ok>>, id: string) =>
  body.groups.flatMap((group) => group.rows).find((candidate) => candidate.id === id);

describe('GET /api/compare', () => {
  it('returns items, grouped rows, differences and best marks by slug', async () => {
    const body = await ok('?ids=facelift,botox');
    expect(body.items.map((item) => item.slug)).toEqual(['facelift', 'botox']);
    const recovery = row(body, 'recovery');
    expect(recovery?.differs).toBe(true);
    expect(recovery?.best).toEqual(['botox']);
    expect(recovery?.rule).toBe('Best: shortest maximum downtime');
    expect(recovery?.values.find((value) => value.slug === 'botox')).toMatchObject({ text: 'Same day', value: 0, reported: true });
    expect(body.differences).toContain('recovery');
    expect(body.notices).toEqual([]);
    expect(row(body, 'sources')?.values.every((value) => (value.links ?? []).length > 0)).toBe(true);
  });

  it('is the same comparison the page renders', async () => {
    const body = await ok('?ids=botox,lip-filler,co2-laser-resurfacing');
    const page = await loadComparison(parseCompareParams({ ids: 'botox,lip-filler,co2-laser-resurfacing' }));
    expect(body.differences).toEqual(page.differences);
    expect(body.groups.map((group) => group.rows.map((r) => r.id))).toEqual(page.table.groups.map((group) => group.rows.map((r) => r.id)));
  });

  it('filters to differing rows with only=diff', async () => {
    const body = await ok('?ids=botox,lip-filler&only=diff');
    expect(body.onlyDiff).toBe(true);
    const ids = body.groups.flatMap((group) => group.rows.map((r) => r.id));
    expect(ids).toEqual(body.differences);
    expect(body.groups.flatMap((group) => group.rows).every((r) => r.differs)).toBe(true);
  });

  it('reports unknown, repeated and extra ids as notices, like the page', async () => {
    const body = await ok('?ids=botox,botox,no-such-thing,facelift,lip-filler,cheek-filler,ultherapy');
    expect(body.ids).toEqual(['botox', 'no-such-thing', 'facelift', 'lip-filler']);
    expect(body.items.map((item) => item.slug)).toEqual(['botox', 'facelift', 'lip-filler']);
    expect(body.notices.map((notice) => notice.kind)).toEqual(['over_limit', 'unknown']);
    expect(body.notices[1]?.ids).toEqual(['no-such-thing']);
  });

  it('says when there is too little to compare', async () => {
    const body = await ok('?ids=botox');
    expect(body.notices.map((notice) => notice.kind)).toEqual(['too_few']);
    expect(body.groups.flatMap((group) => group.rows).every((r) => r.best.length === 0)).toBe(true);
  });

  it('answers 400 with zod issues for malformed ids, missing ids or unknown parameters', async () => {
    const bad = await get('?ids=botox,%3Cscript%3E');
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.error).toBe('invalid_parameters');
    expect(body.issues).toEqual([expect.objectContaining({ path: ['ids', '1'], message: expect.stringMatching(/slug/) })]);
    expect((await get('')).status).toBe(400);
    expect((await get('?ids=botox,facelift&sort=name')).status).toBe(400);
  });

  it('never fails on hostile input', async () => {
    for (const query of [
      '?ids=%00',
      '?ids=a,a,,%00,<script>',
      `?ids=${'x'.repeat(5000)}`,
      `?ids=${Array(500).fill('a').join(',')}`,
      '?ids=%E0%A4%A',
      '?only=diff&ids=',
    ]) {
      const response = await get(query);
      expect([200, 400], query).toContain(response.status);
    }
  });
});
