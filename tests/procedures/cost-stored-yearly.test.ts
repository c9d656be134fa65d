import { describe, expect, it } from 'vitest';
import { costOverTimeOf } from '@/lib/procedures/catalog/cost-inputs';
import { getAllProcedureDetails, getProcedureList } from '@/lib/procedures/list/queries';
import { listParamsSchema } from '@/lib/procedures/list/search-params';

// Against the real seeded database: the yearly cost the seed stores for sorting is the one the
// pages calculate from the same sourced figures, and "lowest yearly cost" sorts on it.

describe('yearly cost in the database', () => {
  it('matches the calculation from each procedure’s sourced figures, and is absent when an input is', async () => {
    const details = await getAllProcedureDetails();
    let computed = 0;
    for (const procedure of details) {
      const { perYear } = costOverTimeOf(procedure);
      expect(procedure.costPerYear, procedure.slug).toEqual(
        perYear.computed ? { lowUsd: perYear.range.lowUsd, highUsd: perYear.range.highUsd } : null,
      );
      if (perYear.computed) computed += 1;
      if (!procedure.cost) expect(procedure.costPerYear).toBeNull();
    }
    expect(computed).toBeGreaterThan(0);
  });

  it('sorts "lowest yearly cost" on it, with procedures lacking one last', async () => {
    const list = await getProcedureList(listParamsSchema.parse({ sort: 'yearly', pageSize: '100' }));
    const yearly = list.items.map((item) => item.costPerYear?.lowUsd ?? Number.POSITIVE_INFINITY);
    expect(yearly).toEqual([...yearly].sort((a, b) => a - b));
    expect(list.items[0]?.costPerYear).not.toBeNull();
  });
});
