import { Prisma } from '../../generated/prisma/client';

// The array columns the list's facet statement reads as bit masks: concernMask and bodyAreaMask,
// set from the arrays by a trigger on every write, with the bit of each value in FacetMaskBit
// (migration 20261130130000_facet_masks). Comparing and counting an integer per row is cheaper
// than overlapping a text array (measured in scripts/bench/README.md). The arrays stay the
// catalog's truth.

const MASK_COLUMNS = { concerns: 'concernMask', bodyAreas: 'bodyAreaMask' } as const;

export type MaskedArray = keyof typeof MASK_COLUMNS;

export function isMaskedArray(column: string): column is MaskedArray {
  return Object.hasOwn(MASK_COLUMNS, column);
}

export function maskColumn(array: MaskedArray): string {
  return MASK_COLUMNS[array];
}

/** The mask of these values, looked up once per statement (an InitPlan); unknown values set no bit. */
export function maskOf(array: MaskedArray, values: readonly string[]): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(bit_or(1 << "bit"), 0) FROM "FacetMaskBit"
    WHERE "column" = ${array} AND "value" = ANY(${values}::text[]))`;
}

/** FacetMaskBit's rows for one array, to join a mask's groups to the values their bits stand for. */
export function maskBits(array: MaskedArray): Prisma.Sql {
  return Prisma.sql`(SELECT "value", "bit" FROM "FacetMaskBit" WHERE "column" = ${array})`;
}
