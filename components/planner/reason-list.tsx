import type { Outcome, Reason } from '@/lib/planner/types';

export type ReasonListProps = { reasons: readonly Reason[] };

// Each line has a shape (✓ ≈ ? ! ✗) and a spoken label, never colour alone; the sentence itself
// says what was compared ("fits your 3 days off", "more than your $500 budget").
const OUTCOME_STYLE: Record<Outcome, { symbol: string; label: string; tone: string }> = {
  pass: { symbol: '✓', label: 'Fits', tone: 'border-emerald-700 text-emerald-800' },
  caution: { symbol: '!', label: 'Check', tone: 'border-amber-700 text-amber-900' },
  near: { symbol: '≈', label: 'Near miss', tone: 'border-amber-700 text-amber-900' },
  unknown: { symbol: '?', label: "Can't confirm", tone: 'border-slate-500 text-slate-700' },
  fail: { symbol: '✗', label: "Doesn't fit", tone: 'border-red-700 text-red-800' },
};

export function ReasonList({ reasons }: ReasonListProps) {
  if (reasons.length === 0) return null;
  return (
    <ul className="space-y-1.5 text-sm" aria-label="Why it is here">
      {reasons.map((reason) => {
        const style = OUTCOME_STYLE[reason.outcome];
        return (
          <li key={`${reason.constraint}:${reason.text}`} className="flex gap-2" data-outcome={reason.outcome}>
            <span
              aria-hidden="true"
              className={`mt-0.5 inline-flex size-5 shrink-0 items-center justify-center rounded-full border text-xs font-bold ${style.tone}`}
            >
              {style.symbol}
            </span>
            <span className="min-w-0 text-slate-900">
              <span className="sr-only">{style.label}: </span>
              {reason.text}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
