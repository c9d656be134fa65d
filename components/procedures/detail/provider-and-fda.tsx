import { FDA_STATUS_LABELS } from '@/lib/procedures/labels';
import type { ProcedureDetail } from '@/lib/procedures/catalog/view';

export type ProviderAndFdaProps = Pick<ProcedureDetail, 'providerType' | 'trainingToLookFor' | 'fdaStatus' | 'fdaNote'>;

export function ProviderAndFda({ providerType, trainingToLookFor, fdaStatus, fdaNote }: ProviderAndFdaProps) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="provider-heading">
        <h2 id="provider-heading" className="text-lg font-semibold text-slate-900">
          Who performs it
        </h2>
        <p className="mt-2 text-slate-800">{providerType}</p>
        <h3 className="mt-4 font-semibold text-slate-900">Training to look for</h3>
        <p className="mt-1 text-slate-800">{trainingToLookFor}</p>
      </section>
      <section aria-labelledby="fda-heading">
        <h2 id="fda-heading" className="text-lg font-semibold text-slate-900">
          FDA status
        </h2>
        <p className="mt-2 font-semibold text-slate-900" data-field="fda-status">
          {FDA_STATUS_LABELS[fdaStatus]}
        </p>
        {fdaNote ? <p className="mt-1 text-slate-800">{fdaNote}</p> : null}
      </section>
    </div>
  );
}
