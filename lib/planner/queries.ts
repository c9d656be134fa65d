import { getDb } from '@/lib/db';
import { toDetail, type ProcedureDetail } from '@/lib/procedures/view';

// The planner reads every procedure in full (anesthesia, concerns, areas, results time and
// milestones are all ranking inputs). The catalog is a few dozen rows, so one query per request
// is cheaper than keeping a copy in memory that could drift from the database.

export async function getPlannerProcedures(): Promise<ProcedureDetail[]> {
  const db = await getDb();
  const rows = await db.procedure.findMany({
    include: { sources: { orderBy: { position: 'asc' } } },
    orderBy: { slug: 'asc' },
  });
  return rows.map(toDetail);
}
