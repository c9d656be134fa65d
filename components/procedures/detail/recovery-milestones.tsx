import { formatTimespan } from '@/lib/procedures/card-format';
import type { Milestone } from '@/lib/procedures/view';

export type RecoveryMilestonesProps = { milestones: Milestone[] };

export function RecoveryMilestones({ milestones }: RecoveryMilestonesProps) {
  const ordered = [...milestones].sort((a, b) => a.minDays - b.minDays || a.maxDays - b.maxDays);
  return (
    <section aria-labelledby="milestones-heading">
      <h2 id="milestones-heading" className="text-lg font-semibold text-slate-900">
        Recovery milestones
      </h2>
      {ordered.length === 0 ? (
        <p className="mt-2 italic text-slate-700">Not reported: our sources give no recovery timeline for this procedure.</p>
      ) : (
        <ol className="mt-3 space-y-3 border-l-2 border-brand-100 pl-4">
          {ordered.map((milestone) => (
            <li key={`${milestone.label}-${milestone.minDays}`} className="text-slate-800 sm:flex sm:gap-3">
              <span className="block shrink-0 font-semibold text-slate-900 sm:w-28">
                {formatTimespan(milestone.minDays, milestone.maxDays)}
                <span className="sr-only">:</span>
              </span>
              <span>{milestone.label}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
