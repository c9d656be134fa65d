import { NEAR_MISS_BUDGET_RATIO, NEAR_MISS_DOWNTIME_DAYS, NEAR_MISS_RESULTS_RATIO, SAFETY_MARGIN_DAYS } from '@/lib/planner/constants';

/** The ranking rules in plain words (the same rules lib/planner/rank.ts documents for developers). */
export function HowWeRank() {
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-800">
      <summary className="cursor-pointer text-base font-semibold text-slate-900">How we rank</summary>
      <ul className="mt-2 list-disc space-y-1.5 pl-5">
        <li>
          <strong>Your date, presentable:</strong> the latest day to have a procedure done is your event date minus the longest downtime
          (back to work and social life) our sources report, minus the longest time for results to show (where reported), minus a{' '}
          {SAFETY_MARGIN_DAYS}-day safety margin. If only the margin no longer fits, it is a near miss.
        </li>
        <li>
          <strong>Your date, fully healed:</strong> the event date minus the latest of downtime, back to strenuous exercise and the final
          result (swelling settled), minus the same margin.
        </li>
        <li>
          <strong>Days off:</strong> compared with the longest reported downtime (back to work). Up to {NEAR_MISS_DOWNTIME_DAYS} days over
          is a near miss.
        </li>
        <li>
          <strong>Budget:</strong> compared with the typical fee reported; up to {Math.round(NEAR_MISS_BUDGET_RATIO * 100)}% over is a near
          miss. Most fees are not reported, and quoted fees often leave out anesthesia and facility costs: always ask for a full quote.
        </li>
        <li>
          <strong>Results:</strong> compared with how long results are reported to last; at least{' '}
          {Math.round(NEAR_MISS_RESULTS_RATIO * 100)} % of what you want is a near miss.
        </li>
        <li>
          <strong>Avoiding surgery, general anesthesia, a risk level, or choosing concerns and areas</strong> rules options out, with the
          reason shown. “Sometimes done under general anesthesia” is flagged, not ruled out.
        </li>
        <li>
          <strong>Not reported:</strong> if our sources don’t report the downtime (or, for fully healed, the healing time), we never count
          it as fitting. Unknown cost or results time is flagged for you to check.
        </li>
        <li>
          Within each group, shorter recovery, lower risk and less invasive options, and those matching more of your concerns, come first.
        </li>
      </ul>
      <p className="mt-2 text-slate-700">This is a starting point for a conversation with a qualified clinician, not medical advice.</p>
    </details>
  );
}
