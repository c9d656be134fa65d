import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/procedures/catalog/catalog-file';
import { toProcedureData } from '@/lib/procedures/catalog/catalog-to-row';
import { getLessDowntimeAlternatives, getProcedureBySlug, getProcedureList, getProceduresBySlugs } from '@/lib/procedures/list/queries';
import { listParamsSchema, type ListParams } from '@/lib/procedures/list/search-params';

// Against the real seeded database of this worker (PGlite, or PostgreSQL with TEST_DATABASE_URL).

const params = (input: Partial<Record<keyof ListParams, unknown>> = {}) => listParamsSchema.parse(input);
const catalog = loadCatalog();

describe('catalog list query', () => {
  it('lists the whole catalog by default, sorted by shortest recovery with unknowns last', async () => {
    const list = await getProcedureList(params({ pageSize: '100' }));
    expect(list.total).toBe(catalog.length);
    const maxima = list.items.map((item) => item.recoveryDays?.max ?? Infinity);
    expect(maxima).toEqual([...maxima].sort((a, b) => a - b));
  });

  it('"ready within 14 days" filters on downtime and includes the surgeries whose sources say 14 days or less', async () => {
    const list = await getProcedureList(params({ downtimeDays: '14', pageSize: '100' }));
    const rows = catalog.map((entry) => toProcedureData(entry));
    const surgeries = rows.filter((row) => row.category === 'surgery' && row.recoveryMaxDays !== null && row.recoveryMaxDays <= 14);
    expect(surgeries.length).toBeGreaterThan(10);
    expect(
      list.items
        .filter((item) => item.category === 'surgery')
        .map((item) => item.slug)
        .sort(),
    ).toEqual(surgeries.map((row) => row.slug).sort());
    expect(list.total).toBe(rows.filter((row) => row.recoveryMaxDays !== null && row.recoveryMaxDays <= 14).length);
  });

  it('"ready within a weekend" keeps neuromodulators and fillers, and only what sources say takes 2 days or less', async () => {
    const list = await getProcedureList(params({ downtimeDays: '2', pageSize: '100' }));
    const categories = new Set(list.items.map((item) => item.category));
    expect(categories.has('neuromodulator')).toBe(true);
    expect(categories.has('dermal_filler')).toBe(true);
    expect(list.items.some((item) => item.slug === 'facelift')).toBe(false);
    for (const item of list.items) expect(item.recoveryDays!.max).toBeLessThanOrEqual(2);
    const expected = catalog
      .map((entry) => toProcedureData(entry))
      .filter((row) => row.recoveryMaxDays !== null && row.recoveryMaxDays <= 2).length;
    expect(list.total).toBe(expected);
  });

  it('counts each facet value as the total that choosing it would give', async () => {
    const base = params({ downtimeDays: '14' });
    const list = await getProcedureList(base);
    for (const { value, count } of list.facets.category) {
      const narrowed = await getProcedureList({ ...base, category: [value as ListParams['category'][number]] });
      expect(narrowed.total, value).toBe(count);
    }
    const sum = list.facets.category.reduce((total, facet) => total + facet.count, 0);
    expect(sum).toBe(list.total);
    const weekend = list.facets.recovery.find((facet) => facet.value === '2');
    expect(weekend?.count).toBe((await getProcedureList(params({ downtimeDays: '2' }))).total);
  });

  it('counts each concern and area as the total that choosing it would give', async () => {
    const base = params({ downtimeDays: '14', concern: ['wrinkles'] });
    const list = await getProcedureList(base);
    expect(list.facets.concern.length).toBeGreaterThan(1);
    expect(list.facets.area.length).toBeGreaterThan(1);
    for (const { value, count } of list.facets.concern) {
      // Concern is the facet being counted, so its own filter is replaced, not added to.
      const narrowed = await getProcedureList({ ...base, concern: [value as ListParams['concern'][number]] });
      expect(narrowed.total, value).toBe(count);
    }
    for (const { value, count } of list.facets.area) {
      const narrowed = await getProcedureList({ ...base, area: [value as ListParams['area'][number]] });
      expect(narrowed.total, value).toBe(count);
    }
  });

  it('keeps other filters when counting a facet (disjunctive facets)', async () => {
    const list = await getProcedureList(params({ category: ['surgery'] }));
    const surgery = list.facets.category.find((facet) => facet.value === 'surgery');
    expect(surgery?.count).toBe(list.total);
    expect(list.facets.category.length).toBeGreaterThan(1);
    expect(list.facets.invasiveness.map((facet) => facet.value)).toEqual(['surgical']);
  });

  it('finds procedures by brand and alias, case-insensitively, with LIKE wildcards taken literally', async () => {
    const byBrand = await getProcedureList(params({ q: 'DYSPORT' }));
    expect(byBrand.items.map((item) => item.slug)).toContain('botox');
    expect((await getProcedureList(params({ q: '%' }))).total).toBe(0);
    expect((await getProcedureList(params({ q: '_' }))).total).toBe(0);
  });

  it('filters by concern, area, specialty, risk and cost ceiling together', async () => {
    const list = await getProcedureList(
      params({ concern: ['wrinkles'], specialty: 'cosmetic_dermatology', risk: ['low', 'moderate'], costMax: '5000', pageSize: '100' }),
    );
    for (const item of list.items) {
      expect(item.specialty).toBe('cosmetic_dermatology');
      expect(['low', 'moderate']).toContain(item.riskLevel);
      expect(item.cost?.typicalUsd).toBeLessThanOrEqual(5000);
    }
    const lips = await getProcedureList(params({ area: ['lips'] }));
    expect(lips.items.map((item) => item.slug)).toContain('lip-filler');
  });

  it('sorts by cost with unknown costs last, and pages through results', async () => {
    const list = await getProcedureList(params({ sort: 'cost', pageSize: '100' }));
    const costs = list.items.map((item) => item.cost?.typicalUsd ?? Infinity);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    const page1 = await getProcedureList(params({ sort: 'name', pageSize: '5' }));
    const page2 = await getProcedureList(params({ sort: 'name', pageSize: '5', page: '2' }));
    expect(page1.pageCount).toBe(Math.ceil(catalog.length / 5));
    expect(page2.items[0]!.name >= page1.items[4]!.name).toBe(true);
    expect(page1.items.map((i) => i.slug)).not.toContain(page2.items[0]!.slug);
  });
});

describe('single procedures', () => {
  it('returns every field with its sources in order, and null for an unknown slug', async () => {
    const entry = catalog.find((e) => e.slug === 'facelift')!;
    const detail = await getProcedureBySlug('facelift');
    expect(detail?.name).toBe(entry.name);
    expect(detail?.sources).toEqual(entry.sources);
    expect(detail?.lastReviewed).toBe(entry.lastReviewed);
    // Each risk keeps its text and its evidence (or what was searched), in the catalog's order.
    expect(detail?.seriousRisks.map((risk) => [risk.text, risk.evidence?.quote ?? null, risk.searched])).toEqual(
      entry.seriousRisks.map((risk) => [
        risk.text,
        'evidence' in risk ? risk.evidence.quote : null,
        'notReported' in risk ? risk.notReported : null,
      ]),
    );
    expect(detail?.commonSideEffects.map((risk) => risk.evidence?.source.id ?? null)).toEqual(
      entry.commonSideEffects.map((risk) => ('evidence' in risk ? risk.evidence.source : null)),
    );
    const downtime = entry.downtime as { minDays: number; maxDays: number; evidence: { source: string; quote: string } };
    expect(detail?.recoveryDays).toEqual({ min: downtime.minDays, max: downtime.maxDays });
    expect(detail?.evidence.downtime?.quote).toBe(downtime.evidence.quote);
    expect(detail?.evidence.downtime?.source.id).toBe(downtime.evidence.source);
    expect(await getProcedureBySlug('no-such-thing')).toBeNull();
  });

  it('returns several by slug in the order asked, skipping unknown ones', async () => {
    const found = await getProceduresBySlugs(['facelift', 'nope', 'botox']);
    expect(found.map((p) => p.slug)).toEqual(['facelift', 'botox']);
  });

  it('suggests options for the same concerns with less downtime', async () => {
    const browLift = (await getProcedureBySlug('brow-lift'))!;
    const alternatives = await getLessDowntimeAlternatives(browLift);
    expect(alternatives.length).toBeGreaterThan(0);
    for (const option of alternatives) expect(option.recoveryDays!.max).toBeLessThan(browLift.recoveryDays!.max);
  });
});
