import { getAllProcedureDetails, readCatalogFingerprint } from '@/lib/procedures/list/queries';
import type { ProcedureDetail } from '@/lib/procedures/catalog/view';

// The planner reads every procedure in full (anesthesia, concerns, areas, results time and
// milestones are all ranking inputs). Reading and checking all of them was most of a plan's
// time (a plan page took four times a list page), so each instance keeps a copy and, on every
// plan, asks the database only whether the catalog has changed since (one small query): a reseed
// shows on the next plan, and a database that cannot be reached is still a 503.

let copy: { fingerprint: string; procedures: Promise<ProcedureDetail[]> } | null = null;

export async function getPlannerProcedures(): Promise<ProcedureDetail[]> {
  const fingerprint = await readCatalogFingerprint();
  if (copy?.fingerprint !== fingerprint) {
    const procedures = getAllProcedureDetails();
    const made = { fingerprint, procedures };
    copy = made;
    // A failed read is not kept.
    procedures.catch(() => {
      if (copy === made) copy = null;
    });
  }
  return copy.procedures;
}
