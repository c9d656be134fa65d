import { ProcedureGrid } from '@/components/procedures/procedure-grid';
import type { ProcedureCard } from '@/lib/procedures/catalog/view';

export type LessDowntimeProps = { alternatives: ProcedureCard[]; recoveryReported: boolean };

/** Options for an overlapping concern with a shorter maximum recovery; honest about when we can't compare. */
export function LessDowntime({ alternatives, recoveryReported }: LessDowntimeProps) {
  return (
    <section aria-labelledby="alternatives-heading">
      <h2 id="alternatives-heading" className="text-lg font-semibold text-slate-900">
        Similar options with less downtime
      </h2>
      {alternatives.length > 0 ? (
        <>
          <p className="mt-1 text-sm text-slate-700">
            Treat at least one of the same concerns, with a shorter maximum recovery reported. They may not give the same results.
          </p>
          <ProcedureGrid procedures={alternatives} className="mt-3 grid gap-4 sm:grid-cols-2 xl:grid-cols-4" />
        </>
      ) : (
        <p className="mt-2 text-slate-800">
          {recoveryReported
            ? 'None in our catalog: nothing that treats these concerns reports a shorter recovery.'
            : "We can't suggest any: our sources don't report this procedure's recovery time to compare against."}
        </p>
      )}
    </section>
  );
}
