import type { ReactNode } from 'react';
import { FigureEvidence } from '@/components/procedures/detail/figure-evidence';
import {
  NOT_REPORTED,
  formatCost,
  formatCostNote,
  formatDuration,
  formatResults,
  formatSessions,
  formatTimespan,
} from '@/lib/procedures/card-format';
import { FIGURE_DEFINITIONS, FIGURE_LABELS, type Figure } from '@/lib/procedures/figures';
import { ANESTHESIA_LABELS, COST_BASIS_LABELS, RISK_LABELS, formatDayRange } from '@/lib/procedures/labels';
import type { DayRange, ProcedureDetail } from '@/lib/procedures/view';

export type AtAGlanceProps = { procedure: ProcedureDetail };

type Item = { label: string; value: string; detail?: ReactNode; field: string; figure?: Figure };

/** "Local anesthesia, sedation or general anesthesia". */
function joinAlternatives(labels: string[]): string {
  const [first, ...rest] = labels.map((label, i) => (i === 0 ? label : label.charAt(0).toLowerCase() + label.slice(1)));
  if (rest.length === 0) return first ?? '';
  return `${[first, ...rest.slice(0, -1)].join(', ')} or ${rest[rest.length - 1]}`;
}

function formatSpan(range: DayRange | null): string {
  return range ? formatTimespan(range.min, range.max) : NOT_REPORTED;
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

function getItems(p: ProcedureDetail): Item[] {
  const interval = p.sessions?.intervalDays ?? null;
  return [
    {
      label: FIGURE_LABELS.downtime,
      field: 'recovery',
      figure: 'downtime',
      value: formatDayRange(p.recoveryDays),
      detail: FIGURE_DEFINITIONS.downtime,
    },
    { label: FIGURE_LABELS.exercise, field: 'exercise', figure: 'exercise', value: formatSpan(p.exerciseDays) },
    {
      label: FIGURE_LABELS.finalResult,
      field: 'final-result',
      figure: 'finalResult',
      value: formatSpan(p.finalResultDays),
      detail: FIGURE_DEFINITIONS.finalResult,
    },
    {
      label: FIGURE_LABELS.lookNormal,
      field: 'look-normal',
      figure: 'lookNormal',
      value: formatDayRange(p.lookNormalDays),
      detail: FIGURE_DEFINITIONS.lookNormal,
    },
    {
      label: FIGURE_LABELS.resultsVisible,
      field: 'results-visible',
      figure: 'resultsVisible',
      value: formatDayRange(p.resultsVisibleDays),
    },
    {
      label: FIGURE_LABELS.resultsLast,
      field: 'results',
      figure: 'resultsLast',
      value: formatResults(p.results),
      detail: p.results?.note ?? undefined,
    },
    {
      label: FIGURE_LABELS.sessions,
      field: 'sessions',
      figure: 'sessions',
      value: p.sessions || p.gaps.sessions ? formatSessions(p.sessions) : 'A single procedure',
      detail: p.sessions?.note ?? undefined,
    },
    ...(p.sessions && p.sessions.max > 1
      ? [
          {
            label: FIGURE_LABELS.sessionInterval,
            field: 'session-interval',
            figure: 'sessionInterval' as const,
            value: formatSpan(interval),
          },
        ]
      : []),
    { label: FIGURE_LABELS.duration, field: 'duration', figure: 'duration', value: formatDuration(p.durationMinutes) },
    {
      label: 'Anesthesia',
      field: 'anesthesia',
      value: p.anesthesia.length ? joinAlternatives(p.anesthesia.map((a) => ANESTHESIA_LABELS[a])) : NOT_REPORTED,
    },
    { label: 'Risk level', field: 'risk', value: RISK_LABELS[p.riskLevel], detail: 'Catalog rating; see the risks listed below' },
  ];
}

/** The facts people weigh first, in one strip; every unknown says "Not reported", and every figure shows its source on request. */
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
              {item.figure ? (
                <FigureEvidence label={item.label} evidence={procedure.evidence[item.figure]} gap={procedure.gaps[item.figure]} />
              ) : null}
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
