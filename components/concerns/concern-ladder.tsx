import { ProcedureGrid } from '@/components/procedures/procedure-grid';
import type { LadderRung } from '@/lib/concerns/ladder';
import { INVASIVENESS_LABELS } from '@/lib/procedures/labels';

export type ConcernLadderProps = { rungs: LadderRung[] };

/**
 * The options from lightest to surgery, on the list's own cards (with compare and save). Within a
 * rung, shortest downtime first; options whose downtime no source reports come last, apart.
 */
export function ConcernLadder({ rungs }: ConcernLadderProps) {
  return (
    <ol className="space-y-8">
      {rungs.map((rung) => {
        const headingId = `rung-${rung.invasiveness}`;
        const count = rung.ranked.length + rung.downtimeNotReported.length;
        return (
          <li key={rung.invasiveness} aria-labelledby={headingId} data-rung={rung.invasiveness} className="space-y-3">
            <h2 id={headingId} className="text-xl font-semibold text-slate-900">
              {INVASIVENESS_LABELS[rung.invasiveness]}{' '}
              <span className="text-base font-normal text-slate-700">
                ({count} {count === 1 ? 'option' : 'options'})
              </span>
            </h2>
            {count === 0 ? <p className="italic text-slate-700">None in our catalog for this concern.</p> : null}
            {rung.ranked.length > 0 ? <ProcedureGrid procedures={rung.ranked.map((item) => item.procedure)} headingLevel="h3" /> : null}
            {rung.downtimeNotReported.length > 0 ? (
              <div className="space-y-2">
                <p className="text-sm font-semibold text-slate-900">Downtime not reported, so not placed in the order above:</p>
                <ProcedureGrid procedures={rung.downtimeNotReported.map((item) => item.procedure)} headingLevel="h3" />
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
