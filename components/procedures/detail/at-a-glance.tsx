import type { ReactNode } from 'react';
import { textLink } from '@/components/ui/styles';
import {
  NOT_REPORTED,
  formatCost,
  formatCostExcludes,
  formatDuration,
  formatResults,
  formatSessions,
} from '@/lib/procedures/card-format';
import { ANESTHESIA_LABELS, INVASIVENESS_LABELS, RISK_LABELS, formatDayRange } from '@/lib/procedures/labels';
import type { ProcedureDetail } from '@/lib/procedures/view';

export type AtAGlanceProps = { procedure: ProcedureDetail };

type Item = { label: string; value: string; detail?: ReactNode; field: string };

/** "Local anesthesia, sedation or general anesthesia". */
function joinAlternatives(labels: string[]): string {
  const [first, ...rest] = labels.map((label, i) => (i === 0 ? label : label.charAt(0).toLowerCase() + label.slice(1)));
  if (rest.length === 0) return first ?? '';
  return `${[first, ...rest.slice(0, -1)].join(', ')} or ${rest[rest.length - 1]}`;
}

function getItems(p: ProcedureDetail): Item[] {
  return [
    { label: 'Invasiveness', field: 'invasiveness', value: INVASIVENESS_LABELS[p.invasiveness] },
    { label: 'Recovery', field: 'recovery', value: formatDayRange(p.recoveryDays) },
    { label: 'Results visible after', field: 'results-visible', value: formatDayRange(p.resultsVisibleDays) },
    { label: 'Results last', field: 'results', value: formatResults(p.results), detail: p.results?.note ?? undefined },
    { label: 'Sessions', field: 'sessions', value: formatSessions(p.sessions), detail: p.sessions?.note ?? undefined },
    { label: 'Procedure time', field: 'duration', value: formatDuration(p.durationMinutes) },
    {
      label: 'Anesthesia',
      field: 'anesthesia',
      value: p.anesthesia.length ? joinAlternatives(p.anesthesia.map((a) => ANESTHESIA_LABELS[a])) : NOT_REPORTED,
    },
    { label: 'Risk level', field: 'risk', value: RISK_LABELS[p.riskLevel], detail: 'Catalog rating; see the risks listed below' },
  ];
}

/** The facts people weigh first, in one strip; every unknown says "Not reported". */
export function AtAGlance({ procedure }: AtAGlanceProps) {
  const cost = procedure.cost;
  return (
    <section aria-labelledby="glance-heading" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="glance-heading" className="text-lg font-semibold text-slate-900">
        At a glance
      </h2>
      <dl className="mt-4 grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-4">
        {getItems(procedure).map((item) => (
          <div key={item.field}>
            <dt className="text-sm font-medium text-slate-700">{item.label}</dt>
            <dd
              data-field={item.field}
              className={`mt-0.5 font-semibold ${item.value === NOT_REPORTED ? 'font-normal italic text-slate-700' : 'text-slate-900'}`}
            >
              {item.value}
              {item.detail ? <span className="mt-0.5 block text-xs font-normal not-italic text-slate-700">{item.detail}</span> : null}
            </dd>
          </div>
        ))}
        <div className="sm:col-span-2 lg:col-span-4">
          <dt className="text-sm font-medium text-slate-700">Cost</dt>
          <dd data-field="cost" className={`mt-0.5 ${cost ? 'font-semibold text-slate-900' : 'italic text-slate-700'}`}>
            {formatCost(cost)}
            {cost ? (
              <span className="mt-0.5 block text-xs font-normal text-slate-700">
                {[formatCostExcludes(cost), cost.year ? `Figures from ${cost.year}; prices vary by region and provider.` : null]
                  .filter((part): part is string => Boolean(part))
                  .map((part) => (/[.!?]$/.test(part) ? part : `${part}.`))
                  .join(' ')}{' '}
                {cost.source ? (
                  <>
                    Source:{' '}
                    <a href={cost.source.url} className={textLink}>
                      {cost.source.title}
                    </a>
                  </>
                ) : null}
              </span>
            ) : (
              <span className="mt-0.5 block text-xs text-slate-700">None of our sources gives a price for this procedure.</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
