import { readProcedureList } from '../procedures/list/queries';
import { MAX_PAGE_SIZE } from '../procedures/list/list-url';
import { listParamsSchema, type ListParams } from '../procedures/list/search-params';
import type { Concern } from '../procedures/constants';
import type { FacetCount } from '../procedures/list/queries';
import { buildLadder, type LadderRung } from './ladder';

// Reads for the concern pages, the guide and the concerns index, through the list's own query: a
// concern page is the list filtered by one concern, so the two can never disagree about what
// treats it. Not through the list's cache: the concern pages and the guide are cached whole
// (lib/cache/cached-pages.mjs), and the index's read is one row plus the concern facet.

export type ConcernOptions = { concern: Concern; rungs: LadderRung[]; total: number; shown: number };

/** The list's params for "every option for this concern": the concern filter, one big page. */
export function concernListParams(concern: Concern): ListParams {
  return { ...listParamsSchema.parse({}), concern: [concern], pageSize: MAX_PAGE_SIZE };
}

export async function getConcernOptions(concern: Concern): Promise<ConcernOptions> {
  const list = await readProcedureList(concernListParams(concern));
  return { concern, rungs: buildLadder(list.items), total: list.total, shown: list.items.length };
}

/** How many catalog procedures treat each concern (the list's own concern facet). */
export async function getConcernCounts(): Promise<FacetCount[]> {
  const list = await readProcedureList({ ...listParamsSchema.parse({}), pageSize: 1 });
  return list.facets.concern;
}
