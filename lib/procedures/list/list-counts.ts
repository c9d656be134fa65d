import { clearAllFilters, getCeilingProbes, getRelaxations } from './active-filters';
import type { FilterKey, ListParams } from './filter-registry';
import { countProcedures, getProcedureList, type ProcedureList } from './queries';

// The numbers /procedures shows around its results, each from its own count query, run together.

/** The filter whose "any" option counts the matches without it (the panel's "Any recovery time"). */
const HEADLINE_CEILING: FilterKey = 'downtimeDays';

export type UnreportedCount = {
  /** The ceiling's URL key. */
  field: string;
  /** Matches for every other filter that are left out only because they don't report the figure. */
  count: number;
};

export type ListWithCounts = {
  list: ProcedureList;
  /** One per active ceiling on a figure some entries don't report. */
  unreported: UnreportedCount[];
  /** Matches with every filter but the recovery limit. */
  anyRecovery: number;
};

/** The page of results and, for each active ceiling, how many entries it leaves out unreported. */
export async function getListWithCounts(params: ListParams): Promise<ListWithCounts> {
  const [list, ceilings] = await Promise.all([
    getProcedureList(params),
    Promise.all(
      getCeilingProbes(params).map(async (probe) => {
        const [withoutCeiling, reportedOnly] = await Promise.all([
          countProcedures(probe.withoutCeiling),
          countProcedures(probe.reportedOnly),
        ]);
        return { field: probe.field, withoutCeiling, count: Math.max(0, withoutCeiling - reportedOnly) };
      }),
    ),
  ]);
  return {
    list,
    unreported: ceilings.map(({ field, count }) => ({ field, count })),
    anyRecovery: ceilings.find((ceiling) => ceiling.field === HEADLINE_CEILING)?.withoutCeiling ?? list.total,
  };
}

export type RelaxationHint = { label: string; href: string; count: number };

export type EmptyResultCounts = {
  /** One per active filter, with how many procedures removing it would show. */
  hints: RelaxationHint[];
  /** Matches with no filters at all. */
  clearCount: number;
};

/** For an empty result: what removing each active filter, or all of them, would show. */
export async function getEmptyResultCounts(params: ListParams): Promise<EmptyResultCounts> {
  const [clearCount, hints] = await Promise.all([
    countProcedures(clearAllFilters(params)),
    Promise.all(getRelaxations(params).map(async ({ label, href, without }) => ({ label, href, count: await countProcedures(without) }))),
  ]);
  return { hints, clearCount };
}
