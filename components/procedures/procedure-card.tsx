import Link from 'next/link';
import type { ReactNode } from 'react';
import { CautionFlags, CautionList, CautionsLabel } from '@/components/cautions/caution-list';
import { focusRing, titleLink } from '@/components/ui/styles';
import { NOT_REPORTED, formatCost, formatCostNote, formatCostPerYear, formatResults } from '@/lib/procedures/figures/card-format';
import { cautionsFor } from '@/lib/cautions/for-procedure';
import { CATEGORY_LABELS, INVASIVENESS_LABELS, RISK_LABELS, SPECIALTY_LABELS, formatDayRange } from '@/lib/procedures/labels';
import type { ProcedureCard as ProcedureCardView } from '@/lib/procedures/catalog/view';

export type ProcedureCardProps = {
  procedure: ProcedureCardView;
  /** Slot for per-card controls added by other features ("Add to compare", bookmark toggle). */
  actions?: ReactNode;
  headingLevel?: 'h2' | 'h3';
};

const RISK_DOT: Record<ProcedureCardView['riskLevel'], string> = {
  low: 'bg-emerald-600',
  moderate: 'bg-amber-500',
  high: 'bg-red-600',
};

function Fact({ label, field, children, wide }: { label: string; field: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'col-span-2' : undefined}>
      <dt className="fact-label">{label}</dt>
      <dd className="mt-0.5 text-slate-900" data-field={field}>
        {children}
      </dd>
    </div>
  );
}

/** A value, or the honest "Not reported" set apart in italics so it never reads as "none". */
function Value({ text }: { text: string }) {
  return text === NOT_REPORTED ? <span className="italic text-slate-700">{text}</span> : <>{text}</>;
}

export function ProcedureCard({ procedure, actions, headingLevel = 'h3' }: ProcedureCardProps) {
  const Heading = headingLevel;
  const headingId = `procedure-${procedure.slug}`;
  const costNote = formatCostNote(procedure.cost);
  const cautions = cautionsFor(procedure);
  return (
    <article aria-labelledby={headingId} data-slug={procedure.slug} data-caution-scope={procedure.name} className="procedure-card">
      <Heading id={headingId} className="text-lg font-semibold leading-snug">
        <Link href={`/procedures/${procedure.slug}`} className={titleLink}>
          {procedure.name}
        </Link>
      </Heading>
      <p className="mt-1 text-sm text-slate-700">
        {`${CATEGORY_LABELS[procedure.category]} · ${INVASIVENESS_LABELS[procedure.invasiveness]} · ${SPECIALTY_LABELS[procedure.specialty]}`}
      </p>
      <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-3 text-sm">
        <Fact label="Downtime" field="recovery">
          <Value text={formatDayRange(procedure.recoveryDays)} />
        </Fact>
        <Fact label="Results last" field="results">
          <Value text={formatResults(procedure.results)} />
        </Fact>
        <Fact label="Risk level" field="risk">
          <span className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className={`inline-block size-2.5 shrink-0 rounded-full ${RISK_DOT[procedure.riskLevel]}`} />
            {RISK_LABELS[procedure.riskLevel]}
          </span>
        </Fact>
        <Fact label="Cost" field="cost" wide>
          <Value text={formatCost(procedure.cost)} />
          {costNote ? <span className="mt-0.5 block text-xs text-slate-700">{costNote}</span> : null}
        </Fact>
        {procedure.cost ? (
          <Fact label="A year of results" field="cost-per-year" wide>
            <Value text={formatCostPerYear(procedure)} />
          </Fact>
        ) : null}
      </dl>
      <CautionFlags cautions={cautions} />
      {/* Without JavaScript no flag can point at a caution, so every caution shows in full (.card-cautions). */}
      <details className="card-cautions mt-3 text-sm" data-card-cautions="">
        <summary className={`cursor-pointer font-medium text-brand-800 ${focusRing}`}>
          <CautionsLabel cautions={cautions} name={procedure.name} />
        </summary>
        <div className="mt-2">
          <CautionList cautions={cautions} withEvidence={false} />
        </div>
      </details>
      {actions ? <div className="mt-auto flex flex-wrap gap-2 pt-4">{actions}</div> : null}
    </article>
  );
}
