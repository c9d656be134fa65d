import { getAllProcedureDetails } from '@/lib/procedures/list/queries';
import type { ProcedureDetail } from '@/lib/procedures/catalog/view';

// The planner reads every procedure in full (anesthesia, concerns, areas, results time and
// milestones are all ranking inputs). The catalog is a few dozen rows, so one query per request
// is cheaper than keeping a copy in memory that could drift from the database.

export function getPlannerProcedures(): Promise<ProcedureDetail[]> {
  return getAllProcedureDetails();
}
