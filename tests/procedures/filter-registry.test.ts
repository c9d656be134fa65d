import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { clearAllFilters, getActiveFilters, getRelaxations, toListHref } from '@/lib/procedures/list/active-filters';
import { loadCatalog } from '@/lib/procedures/catalog/catalog-file';
import { toProcedureData } from '@/lib/procedures/catalog/catalog-to-row';
import { ANESTHESIA, FDA_STATUSES } from '@/lib/procedures/constants';
import { anyOf, createListRegistry, defineFilter } from '@/lib/procedures/list/filter-kinds';
import { getQueryFromFormData, getFilterFormState } from '@/lib/procedures/list/filter-query';
import { LIST_FILTERS, LIST_REGISTRY, VIEW_FIELDS } from '@/lib/procedures/list/filter-registry';
import { ANESTHESIA_LABELS, FDA_STATUS_LABELS } from '@/lib/procedures/labels';
import { facetQuery, whereClause } from '@/lib/procedures/list/list-sql';
import { toSearchString } from '@/lib/procedures/list/list-url';
import { getNoticeText } from '@/lib/procedures/list/notice-text';
import { parseListParamsLenient, parseListParamsStrict } from '@/lib/procedures/list/search-params';

// Adding a list filter is one registry record. Two new ones are declared here, in this test
// only, and everything else (parsing, URL, chips, hints, notices, form state, SQL and facet
// counts) follows from the record, checked against this worker's real database.

const fdaStatus = defineFilter({
  key: 'fdaStatus',
  queryOrder: 9,
  value: anyOf(FDA_STATUSES),
  name: 'the FDA status filter',
  label: (status) => FDA_STATUS_LABELS[status],
  chip: (status) => `FDA: ${FDA_STATUS_LABELS[status]}`,
  notice: { what: 'regulatory status we list', fallback: 'the FDA status filter was ignored' },
  where: { op: 'anyOf', column: 'fdaStatus', type: 'FdaStatus' },
  facet: { kind: 'scalar' },
  panel: { section: 'more', control: 'choices', legend: 'FDA status', show: 'every' },
});

const anesthesia = defineFilter({
  key: 'anesthesia',
  queryOrder: 10,
  value: anyOf(ANESTHESIA),
  name: 'the anesthesia filter',
  label: (kind) => ANESTHESIA_LABELS[kind],
  notice: { what: 'kind of anesthesia we list', fallback: 'the anesthesia filter was ignored' },
  where: { op: 'overlaps', column: 'anesthesia', type: 'Anesthesia' },
  facet: { kind: 'array' },
  panel: { section: 'more', control: 'choices', legend: 'Anesthesia', show: 'present' },
});

const registry = createListRegistry([...LIST_FILTERS, fdaStatus, anesthesia], VIEW_FIELDS);
const qs = (query: string) => new URLSearchParams(query);
const rows = loadCatalog().map((entry) => toProcedureData(entry));

describe('a filter added to the registry', () => {
  const query = 'risk=low&fdaStatus=cleared&fdaStatus=approved&anesthesia=topical&sort=name';

  it('is parsed strictly and leniently, and written back in the canonical URL', () => {
    const strict = parseListParamsStrict(qs(query), registry);
    expect(strict.success && strict.data).toMatchObject({ risk: ['low'], fdaStatus: ['cleared', 'approved'], anesthesia: ['topical'] });
    const { params, notices } = parseListParamsLenient(qs(query), registry);
    expect(notices).toEqual([]);
    expect(toSearchString(params, registry)).toBe('?risk=low&fdaStatus=approved&fdaStatus=cleared&anesthesia=topical&sort=name');
    // The app's own registry does not know it.
    expect(parseListParamsStrict(qs(query)).success).toBe(false);
  });

  it('gets a removable chip per value, a relaxation hint and a place in "clear all"', () => {
    const { params } = parseListParamsLenient(qs(query), registry);
    const chips = getActiveFilters(params, registry);
    expect(chips.map((chip) => chip.label)).toEqual([
      'Low risk',
      'FDA: FDA-cleared device',
      'FDA: FDA-approved for this use',
      'Numbing cream',
    ]);
    expect(chips[1]?.href).toBe('/procedures?risk=low&fdaStatus=approved&anesthesia=topical&sort=name');
    const relaxation = getRelaxations(params, registry).find((candidate) => candidate.field === 'fdaStatus');
    expect(relaxation?.label).toBe('the FDA status filter “FDA-cleared device, FDA-approved for this use”');
    expect(relaxation?.href).toBe('/procedures?risk=low&anesthesia=topical&sort=name');
    expect(toListHref(clearAllFilters(params, registry), registry)).toBe('/procedures?sort=name');
  });

  it('reports a bad value in words', () => {
    const raw = { fdaStatus: 'magic' };
    const { params, notices } = parseListParamsLenient(raw, registry);
    expect(params).toMatchObject({ fdaStatus: [] });
    expect(notices.map((notice) => getNoticeText(notice, raw.fdaStatus, registry).text)).toEqual([
      '“magic” is not a regulatory status we list, so the FDA status filter was ignored.',
    ]);
  });

  it('has form state and is read back from a submitted form', () => {
    const { params } = parseListParamsLenient(qs(query), registry);
    expect(getFilterFormState(params, registry)).toMatchObject({ fdaStatus: ['cleared', 'approved'], anesthesia: ['topical'] });
    expect(getQueryFromFormData(qs('fdaStatus=cleared&anesthesia=&page=3'), registry)).toBe('?fdaStatus=cleared');
  });

  it('turns into SQL that selects the matching procedures', async () => {
    const { params } = parseListParamsLenient(qs(query), registry);
    const db = await getDb();
    const found = await db.$queryRaw<{ slug: string }[]>(
      Prisma.sql`SELECT "slug" FROM "Procedure" ${whereClause(params, undefined, registry)} ORDER BY "slug"`,
    );
    const expected = rows.filter(
      (row) => row.riskLevel === 'low' && ['cleared', 'approved'].includes(row.fdaStatus) && row.anesthesia.includes('topical'),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(found.map((row) => row.slug)).toEqual(expected.map((row) => row.slug).sort());
  });

  it('gets facet counts: each value counted with every other filter applied', async () => {
    const { params } = parseListParamsLenient(qs('risk=low&fdaStatus=cleared&anesthesia=topical'), registry);
    const db = await getDb();
    const facetRows = await db.$queryRaw<{ facet: string; value: string; count: number }[]>(facetQuery(params, registry));
    const counted = (facet: string) =>
      Object.fromEntries(facetRows.filter((row) => row.facet === facet).map((row) => [row.value, row.count]));
    const low = rows.filter((row) => row.riskLevel === 'low');
    const tally = (values: string[]) => values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
    // FDA status ignores its own filter, not the others (risk, anesthesia).
    expect(counted('fdaStatus')).toEqual(tally(low.filter((row) => row.anesthesia.includes('topical')).map((row) => row.fdaStatus)));
    expect(counted('anesthesia')).toEqual(tally(low.filter((row) => row.fdaStatus === 'cleared').flatMap((row) => row.anesthesia)));
    const total = facetRows.find((row) => row.facet === 'total')?.count;
    expect(total).toBe(low.filter((row) => row.fdaStatus === 'cleared' && row.anesthesia.includes('topical')).length);
  });

  it('leaves the app registry as it was', () => {
    expect(LIST_REGISTRY.fields.map((field) => field.key)).not.toContain('fdaStatus');
    expect(registry.url.fields.slice(-6)).toEqual(['fdaStatus', 'anesthesia', 'sort', 'page', 'pageSize', 'view']);
  });
});
