'use client';

import type { RiskView } from '@/lib/procedures/catalog/view';
import { FigureEvidence } from './figure-evidence';

export type RiskListsProps = { commonSideEffects: readonly RiskView[]; seriousRisks: readonly RiskView[] };

/** One side effect or risk, with its source on request, or "source not quoted" and what was searched. */
function RiskItem({ risk }: { risk: RiskView }) {
  return (
    <li data-risk-evidence={risk.evidence ? 'quoted' : 'not-quoted'}>
      {risk.text}
      {risk.evidence ? <FigureEvidence label={risk.text} evidence={risk.evidence} /> : null}
      {risk.searched ? (
        <details className="mt-1 text-sm" data-gap="">
          <summary className="evidence-summary">
            Source not quoted<span className="sr-only"> for {risk.text}</span>
          </summary>
          <p className="evidence-box">
            Kept from our earlier review; no readable source we trust could be quoted for it yet. What we searched: {risk.searched}
          </p>
        </details>
      ) : null}
    </li>
  );
}

/** Common, usually passing side effects and serious risks, kept visibly apart so neither blurs into the other. */
export function RiskLists({ commonSideEffects, seriousRisks }: RiskListsProps) {
  return (
    <section aria-labelledby="risks-heading">
      <h2 id="risks-heading" className="text-lg font-semibold text-slate-900">
        Side effects and risks
      </h2>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <div className="rounded-lg border-2 border-red-300 bg-red-50 p-4">
          <h3 className="font-semibold text-red-900">Serious risks</h3>
          <p className="text-sm text-red-900">Less common, but they can need treatment. Ask how they are handled.</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-900">
            {seriousRisks.map((risk) => (
              <RiskItem key={risk.text} risk={risk} />
            ))}
          </ul>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="font-semibold text-slate-900">Common side effects</h3>
          <p className="text-sm text-slate-700">Expected and usually temporary.</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
            {commonSideEffects.map((risk) => (
              <RiskItem key={risk.text} risk={risk} />
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
