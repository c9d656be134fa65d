import { FigureEvidence } from '@/components/procedures/detail/figure-evidence';
import { formatTimespan } from '@/lib/procedures/figures/card-format';
import type { Milestone } from '@/lib/procedures/catalog/view';

export type RecoveryMilestonesProps = { milestones: Milestone[] };

export function RecoveryMilestones({ milestones }: RecoveryMilestonesProps) {
  const ordered = [...milestones].sort((a, b) => a.minDays - b.minDays || a.maxDays - b.maxDays);
  return (
    <section aria-labelledby="milestones-heading">
      <h2 id="milestones-heading" className="text-lg font-semibold text-slate-900">
        More recovery notes
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Other points in recovery, in our sources&apos; own words, beside the downtime, exercise and final-result milestones above.
      </p>
      {ordered.length === 0 ? (
        <p className="mt-2 italic text-slate-700">None: our sources give no further recovery points for this procedure.</p>
      ) : (
        <ol className="mt-3 space-y-3 border-l-2 border-brand-100 pl-4">
          {ordered.map((milestone) => (
            <li key={`${milestone.label}-${milestone.minDays}`} className="text-slate-800 sm:flex sm:gap-3">
              <span className="block shrink-0 font-semibold text-slate-900 sm:w-28">
                {formatTimespan(milestone.minDays, milestone.maxDays)}
                <span className="sr-only">:</span>
              </span>
              <span>
                {milestone.label}
                <FigureEvidence label={milestone.label} evidence={milestone.evidence} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
