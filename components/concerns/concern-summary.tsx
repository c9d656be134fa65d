import { describeRung, type RungSummary } from '@/lib/concerns/summary';

export type ConcernSummaryProps = { summaries: RungSummary[] };

/** The trade-off in a few lines, one per rung, every figure computed from the options below. */
export function ConcernSummary({ summaries }: ConcernSummaryProps) {
  return (
    <ul className="max-w-3xl space-y-1 text-slate-900" data-testid="concern-summary">
      {summaries.map((summary) => (
        <li key={summary.invasiveness} data-rung={summary.invasiveness}>
          {describeRung(summary)}
        </li>
      ))}
    </ul>
  );
}
