import { CATALOG_REVALIDATE_SECONDS } from '@/lib/cache/cached-pages.mjs';
import { createTtlCache } from '@/lib/cache/ttl-cache';
import { getAllProcedureDetails } from '@/lib/procedures/list/queries';
import type { ProcedureDetail } from '@/lib/procedures/catalog/view';

// The planner reads every procedure in full (anesthesia, concerns, areas, results time and
// milestones are all ranking inputs). Reading and checking all of them was most of a plan's
// time (a plan page took four times a list page), so each instance keeps them for as long as a
// cached catalog page may be stale: a reseed shows on plans as soon as on catalog pages.

const plannerCache = createTtlCache<ProcedureDetail[]>({ ttlMs: CATALOG_REVALIDATE_SECONDS * 1000, maxEntries: 1 });

export function getPlannerProcedures(): Promise<ProcedureDetail[]> {
  return plannerCache.get('all', getAllProcedureDetails);
}

/** Drops this instance's copy, so the next plan reads the database (tests of an outage). */
export function forgetPlannerProcedures(): void {
  plannerCache.clear();
}
