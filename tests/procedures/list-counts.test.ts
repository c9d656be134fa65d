import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/procedures/catalog/catalog-file';
import { toProcedureData } from '@/lib/procedures/catalog/catalog-to-row';
import { getEmptyResultCounts, getListWithCounts } from '@/lib/procedures/list/list-counts';
import { listParamsSchema, type ListParams } from '@/lib/procedures/list/search-params';

// The counts /procedures shows around its results, against this worker's real database.

const params = (input: Partial<Record<keyof ListParams, unknown>> = {}) => listParamsSchema.parse(input);
const rows = loadCatalog().map((entry) => toProcedureData(entry));
const lowRisk = rows.filter((row) => row.riskLevel === 'low');

describe('getListWithCounts', () => {
  it('counts, for each limit, the matches left out only because the figure is not reported', async () => {
    const { list, unreported, anyRecovery } = await getListWithCounts(params({ downtimeDays: '7', costMax: '2000', risk: ['low'] }));
    const withinCost = lowRisk.filter((row) => row.costTypicalUsd !== null && row.costTypicalUsd <= 2000);
    const withinRecovery = lowRisk.filter((row) => row.recoveryMaxDays !== null && row.recoveryMaxDays <= 7);
    expect(list.total).toBe(withinCost.filter((row) => withinRecovery.includes(row)).length);
    expect(unreported).toEqual([
      { field: 'downtimeDays', count: withinCost.filter((row) => row.recoveryMaxDays === null).length },
      { field: 'costMax', count: withinRecovery.filter((row) => row.costTypicalUsd === null).length },
    ]);
    // "Any recovery time": every filter but the recovery limit, unreported recoveries included.
    expect(anyRecovery).toBe(withinCost.length);
    expect(unreported.some((note) => note.count > 0)).toBe(true);
  });

  it('has no notes without a limit, and "any recovery time" is then the total', async () => {
    const { list, unreported, anyRecovery } = await getListWithCounts(params({ risk: ['low'] }));
    expect(unreported).toEqual([]);
    expect(list.total).toBe(lowRisk.length);
    expect(anyRecovery).toBe(list.total);
  });
});

describe('getEmptyResultCounts', () => {
  it('counts what removing each filter, or all of them, would show', async () => {
    const empty = params({ downtimeDays: '0', category: ['surgery'], sort: 'name' });
    const { list } = await getListWithCounts(empty);
    expect(list.total).toBe(0);
    const { hints, clearCount } = await getEmptyResultCounts(empty);
    expect(clearCount).toBe(rows.length);
    expect(hints).toEqual([
      {
        label: 'the recovery limit “Ready the same day”',
        href: '/procedures?category=surgery&sort=name',
        count: rows.filter((row) => row.category === 'surgery').length,
      },
      {
        label: 'the category filter “Surgery”',
        href: '/procedures?downtimeDays=0&sort=name',
        count: rows.filter((row) => row.recoveryMaxDays === 0).length,
      },
    ]);
  });
});
