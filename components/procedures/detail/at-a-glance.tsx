import type { ReactNode } from 'react';
import { FigureEvidence } from '@/components/procedures/detail/figure-evidence';
import { NOT_REPORTED, formatCost, formatCostNote } from '@/lib/procedures/figures/card-format';
import { FIGURE_REGISTRY, appliesTo, evidenceFor, type FigureRecord } from '@/lib/procedures/figures/figure-registry';
import { FIGURE_LABELS } from '@/lib/procedures/figure-names';
import { ANESTHESIA_LABELS, COST_BASIS_LABELS, RISK_LABELS } from '@/lib/procedures/labels';
import type { ProcedureDetail } from '@/lib/procedures/catalog/view';

export type AtAGlanceProps = {
  procedure: ProcedureDetail;
  /** The figures shown (the registry; a test may add one). */ figures?: readonly FigureRecord[];
};

type Item = { label: string; value: string; detail?: ReactNode; field: string; record?: FigureRecord };

/** "Local anesthesia, sedation or general anesthesia". */
function joinAlternatives(labels: string[]): string {
  const [first, ...rest] = labels.map((label, i) => (i === 0 ? label : label.charAt(0).toLowerCase() + label.slice(1)));
  if (rest.length === 0) return first ?? '';
  return `${[first, ...rest.slice(0, -1)].join(', ')} or ${rest[rest.length - 1]}`;
}

function costDetail(cost: NonNullable<ProcedureDetail['cost']>): string {
  return [
    cost.basis ? COST_BASIS_LABELS[cost.basis] : null,
    formatCostNote(cost),
    cost.year ? `Figures from ${cost.year}; prices vary by region and provider.` : null,
  ]
    .filter((part): part is string => Boolean(part))
    .map((part) => (/[.!?]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

function getItems(p: ProcedureDetail, figures: readonly FigureRecord[]): Item[] {
  const shown = figures.filter((record) => record.detail && appliesTo(record, p));
  return [
    ...shown.map((record): Item => ({
      label: record.label,
      field: record.detail!.field,
      record,
      value: record.format(p),
      detail: record.detail!.note?.(p),
    })),
    {
      label: 'Anesthesia',
      field: 'anesthesia',
      value: p.anesthesia.length ? joinAlternatives(p.anesthesia.map((a) => ANESTHESIA_LABELS[a])) : NOT_REPORTED,
    },
    { label: 'Risk level', field: 'risk', value: RISK_LABELS[p.riskLevel], detail: 'Catalog rating; see the risks listed below' },
  ];
}

/** The facts people weigh first, in one strip; every unknown says "Not reported", and every figure shows its source on request. */
export function AtAGlance({ procedure, figures = FIGURE_REGISTRY }: AtAGlanceProps) {
  const cost = procedure.cost;
  return (
    <section aria-labelledby="glance-heading" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="glance-heading" className="text-lg font-semibold text-slate-900">
        At a glance
      </h2>
      <dl className="mt-4 grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-4">
        {getItems(procedure, figures).map((item) => (
          <div key={item.field}>
            <dt className="text-sm font-medium text-slate-700">{item.label}</dt>
            <dd
              data-field={item.field}
              className={`mt-0.5 font-semibold ${item.value === NOT_REPORTED ? 'font-normal italic text-slate-700' : 'text-slate-900'}`}
            >
              {item.value}
              {item.detail ? <span className="mt-0.5 block text-xs font-normal not-italic text-slate-700">{item.detail}</span> : null}
              {item.record ? <FigureEvidence label={item.label} {...evidenceFor(procedure, item.record)} /> : null}
            </dd>
          </div>
        ))}
        <div className="sm:col-span-2 lg:col-span-4">
          <dt className="text-sm font-medium text-slate-700">{FIGURE_LABELS.cost}</dt>
          <dd data-field="cost" className={`mt-0.5 ${cost ? 'font-semibold text-slate-900' : 'italic text-slate-700'}`}>
            {formatCost(cost)}
            <span className="mt-0.5 block text-xs font-normal not-italic text-slate-700">
              {cost ? costDetail(cost) : 'None of our sources gives a price for this procedure.'}
            </span>
            <FigureEvidence label={FIGURE_LABELS.cost} evidence={procedure.evidence.cost} gap={procedure.gaps.cost} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
