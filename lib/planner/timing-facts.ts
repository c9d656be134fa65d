import type { ProcedureDetail } from '@/lib/procedures/catalog/view';
import type { TimingProcedure } from './types';

/** Only the facts the timing reads, so a procedure page sends the browser no more than it needs. */
export function timingFacts(procedure: ProcedureDetail): TimingProcedure {
  return {
    name: procedure.name,
    category: procedure.category,
    invasiveness: procedure.invasiveness,
    deepResurfacing: procedure.deepResurfacing,
    recoveryDays: procedure.recoveryDays,
    lookNormalDays: procedure.lookNormalDays,
    resultsVisibleDays: procedure.resultsVisibleDays,
    exerciseDays: procedure.exerciseDays,
    finalResultDays: procedure.finalResultDays,
    sessions: procedure.sessions,
    gaps: procedure.gaps,
  };
}
