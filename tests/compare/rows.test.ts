import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildComparison, countRows, differingRowIds, onlyDifferences } from '@/lib/compare/rows';
import type { CompareRow, ComparisonTable } from '@/lib/compare/types';
import { makeCost, makeProcedure, procedureArbitrary, procedureListArbitrary, risk } from './fixtures';

function rowOf(table: ComparisonTable, id: string): CompareRow {
  const row = table.groups.flatMap((group) => group.rows).find((candidate) => candidate.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

const bestSlugs = (table: ComparisonTable, row: CompareRow) => row.best.map((index) => table.items[index]?.slug).sort();

const neuromodulator = makeProcedure({
  slug: 'botox',
  name: 'Botox',
  category: 'neuromodulator',
  recoveryDays: { min: 0, max: 0 },
  results: { minMonths: 3, maxMonths: 4, permanent: false, note: null },
});
const facelift = makeProcedure({
  slug: 'facelift',
  name: 'Facelift',
  category: 'surgery',
  invasiveness: 'surgical',
  riskLevel: 'high',
  recoveryDays: { min: 14, max: 28 },
  results: { minMonths: null, maxMonths: null, permanent: true, note: null },
  cost: makeCost(7655),
});

describe('buildComparison: examples', () => {
  it('groups rows in display order with one cell per procedure', () => {
    const table = buildComparison([neuromodulator, facelift]);
    expect(table.items).toEqual([
      { slug: 'botox', name: 'Botox' },
      { slug: 'facelift', name: 'Facelift' },
    ]);
    expect(table.groups.map((group) => group.label)).toEqual([
      'At a glance',
      'Recovery',
      'Results',
      'Cost',
      'Risks and side effects',
      'Who performs it',
      'Sources',
    ]);
    for (const row of table.groups.flatMap((group) => group.rows)) expect(row.cells).toHaveLength(2);
  });

  it('marks recovery as a difference with the shortest maximum recovery best', () => {
    const row = rowOf(buildComparison([facelift, neuromodulator]), 'recovery');
    expect(row.differs).toBe(true);
    expect(row.cells.map((cell) => cell.text)).toEqual(['14–28 days', 'Same day']);
    expect(row.best).toEqual([1]);
    expect(row.rule).toBe('Best: shortest maximum downtime');
  });

  it('shows unknown values as "Not reported" and never ranks them', () => {
    const unknown = makeProcedure({ slug: 'unknown', recoveryDays: null });
    const row = rowOf(buildComparison([unknown, neuromodulator]), 'recovery');
    expect(row.cells[0]).toMatchObject({ text: 'Not reported', value: null, reported: false });
    // Same day cannot be beaten, so it is best even next to an unknown.
    expect(row.best).toEqual([1]);
  });

  it('does not call a price the lowest next to a price nobody reported', () => {
    const table = buildComparison([facelift, neuromodulator]);
    const row = rowOf(table, 'cost-typical');
    expect(row.cells.map((cell) => cell.text)).toEqual(['$7,655', 'Not reported']);
    expect(row.best).toEqual([]);
    expect(row.rule).toMatch(/not marked: not reported for every procedure/);
  });

  it('ranks costs only on the same basis, and marks every tie', () => {
    const a = makeProcedure({ slug: 'a', cost: makeCost(500) });
    const b = makeProcedure({ slug: 'b', cost: makeCost(500) });
    const c = makeProcedure({ slug: 'c', cost: makeCost(900) });
    expect(rowOf(buildComparison([c, a, b]), 'cost-typical').best).toEqual([1, 2]);
    const perSession = makeProcedure({ slug: 'd', cost: makeCost(100, 'per session') });
    const mixed = rowOf(buildComparison([a, perSession]), 'cost-typical');
    expect(mixed.best).toEqual([]);
    expect(mixed.rule).toMatch(/different bases/);
  });

  it('counts permanent results as the longest-lasting', () => {
    const row = rowOf(buildComparison([neuromodulator, facelift]), 'results-duration');
    expect(row.cells.map((cell) => cell.text)).toEqual(['3–4 months', 'Long-lasting']);
    expect(row.best).toEqual([1]);
  });

  it('marks the lowest risk level, all tied ones included', () => {
    const low = makeProcedure({ slug: 'low', riskLevel: 'low' });
    const alsoLow = makeProcedure({ slug: 'also-low', riskLevel: 'low' });
    const row = rowOf(buildComparison([facelift, low, alsoLow]), 'risk-level');
    expect(row.best).toEqual([1, 2]);
  });

  it('ignores the order of list items when deciding whether a row differs', () => {
    const a = makeProcedure({ slug: 'a', commonSideEffects: [risk('Swelling'), risk('Bruising')] });
    const b = makeProcedure({ slug: 'b', commonSideEffects: [risk('Bruising'), risk('Swelling')] });
    expect(rowOf(buildComparison([a, b]), 'side-effects').differs).toBe(false);
  });

  it('keeps only differing rows, and drops groups left empty', () => {
    const a = makeProcedure({ slug: 'a' });
    const b = makeProcedure({ slug: 'b', recoveryDays: { min: 1, max: 3 } });
    const table = buildComparison([a, b]);
    const filtered = onlyDifferences(table.groups);
    expect(differingRowIds(table.groups)).toEqual(['recovery']);
    expect(filtered.map((group) => group.id)).toEqual(['recovery']);
    expect(countRows(filtered)).toBe(1);
  });

  it('ranks nothing with a single procedure', () => {
    const table = buildComparison([facelift]);
    expect(table.groups.flatMap((group) => group.rows).every((row) => row.best.length === 0 && !row.differs)).toBe(true);
  });
});

describe('buildComparison: properties', () => {
  it('comparing a procedure with itself shows no differences', () => {
    fc.assert(
      fc.property(procedureArbitrary, (procedure) => {
        const table = buildComparison([procedure, { ...procedure }]);
        expect(differingRowIds(table.groups)).toEqual([]);
      }),
    );
  });

  it('the order of ids changes neither which rows differ nor which procedures are best', () => {
    const listAndShuffle = procedureListArbitrary.chain((list) =>
      fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }).map((shuffled) => [list, shuffled] as const),
    );
    fc.assert(
      fc.property(listAndShuffle, ([list, shuffled]) => {
        const a = buildComparison(list);
        const b = buildComparison(shuffled);
        expect(differingRowIds(b.groups)).toEqual(differingRowIds(a.groups));
        for (const row of a.groups.flatMap((group) => group.rows)) {
          const other = rowOf(b, row.id);
          expect(bestSlugs(b, other)).toEqual(bestSlugs(a, row));
          expect(other.rule).toBe(row.rule);
        }
      }),
    );
  });

  it('best marks only known values that nothing known beats, and every tie', () => {
    fc.assert(
      fc.property(procedureListArbitrary, (list) => {
        for (const row of buildComparison(list).groups.flatMap((group) => group.rows)) {
          if (row.best.length === 0) continue;
          const values = row.cells.map((cell) => cell.value);
          const winner = values[row.best[0] as number];
          expect(winner).not.toBeNull();
          const known = values.filter((value): value is number => value !== null);
          const expected = values.flatMap((value, index) => (value === winner ? [index] : []));
          expect(row.best).toEqual(expected);
          expect(known.every((value) => (row.rule?.includes('longest') ? value <= winner! : value >= winner!))).toBe(true);
        }
      }),
    );
  });
});
