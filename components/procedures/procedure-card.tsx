import Link from 'next/link';
import type { ReactNode } from 'react';
import { CautionSummary } from '@/components/cautions/caution-list';
import { NOT_REPORTED, formatCost, formatCostExcludes, formatCostPerYear, formatResults } from '@/lib/procedures/figures/card-format';
import { cautionsFor } from '@/lib/cautions/for-procedure';
import { FIGURE_LABELS } from '@/lib/procedures/figure-names';
import { CATEGORY_LABELS, INVASIVENESS_LABELS, RISK_LABELS, SPECIALTY_LABELS, formatDayRange } from '@/lib/procedures/labels';
import type { ProcedureCard as ProcedureCardView } from '@/lib/procedures/catalog/view';

// One card per procedure on every list (12 a page, 20 on a concern page): the figures that decide
// and a link to the rest. What only some visitors open (what the bill adds beyond the fee, each
// caution's wording) lives on the procedure page, so a list does not repeat it per card. Styles are the
// short component classes in app/globals.css: the markup is sent twice, as HTML and in React's
// payload.

export type ProcedureCardProps = {
  procedure: ProcedureCardView;
  /** Slot for per-card controls added by other features ("Add to compare", bookmark toggle). */
  actions?: ReactNode;
  headingLevel?: 'h2' | 'h3';
};

function Fact({ label, field, text, note, wide }: { label: string; field: string; text: string; note?: string | null; wide?: boolean }) {
  return (
    <div className={wide ? 'col-span-2' : undefined}>
      <dt>{label}</dt>
      {/* "Not reported" is set apart (data-missing) so it never reads as "none". */}
      <dd data-field={field} data-missing={text === NOT_REPORTED ? '' : undefined}>
        {text}
        {note ? <small>{note}</small> : null}
      </dd>
    </div>
  );
}

export function ProcedureCard({ procedure, actions, headingLevel = 'h3' }: ProcedureCardProps) {
  const Heading = headingLevel;
  const headingId = `procedure-${procedure.slug}`;
  return (
    <article aria-labelledby={headingId} data-slug={procedure.slug} data-caution-scope={procedure.name} className="procedure-card">
      <Heading id={headingId}>
        <Link href={`/procedures/${procedure.slug}`} className="title-link">
          {procedure.name}
        </Link>
      </Heading>
      <p className="card-meta">
        {`${CATEGORY_LABELS[procedure.category]} · ${INVASIVENESS_LABELS[procedure.invasiveness]} · ${SPECIALTY_LABELS[procedure.specialty]}`}
      </p>
      <dl className="card-facts">
        <Fact label={FIGURE_LABELS.downtime} field="recovery" text={formatDayRange(procedure.recoveryDays)} />
        <Fact label={FIGURE_LABELS.resultsLast} field="results" text={formatResults(procedure.results)} />
        <div>
          <dt>Risk level</dt>
          <dd data-field="risk" data-risk={procedure.riskLevel}>
            {RISK_LABELS[procedure.riskLevel]}
          </dd>
        </div>
        <Fact label={FIGURE_LABELS.cost} field="cost" text={formatCost(procedure.cost)} note={formatCostExcludes(procedure.cost)} wide />
        {procedure.cost ? <Fact label="A year of results" field="cost-per-year" text={formatCostPerYear(procedure)} wide /> : null}
      </dl>
      <CautionSummary cautions={cautionsFor(procedure)} slug={procedure.slug} name={procedure.name} />
      {actions ? <div className="card-actions">{actions}</div> : null}
    </article>
  );
}
