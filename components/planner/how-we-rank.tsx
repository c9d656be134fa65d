import Link from 'next/link';
import { textLink } from '@/components/ui/styles';
import {
  NEAR_EVENT_DAYS,
  NEAR_MISS_BUDGET_RATIO,
  NEAR_MISS_DOWNTIME_DAYS,
  NEAR_MISS_RESULTS_RATIO,
  SAFETY_MARGIN_DAYS,
} from '@/lib/planner/constants';
import { DEFAULT_LEAD_DAYS, DEFAULT_SURGERY_LEAD_DAYS } from '@/lib/planner/lead-time';

/**
 * The ranking rules in plain words (the same rules lib/planner/rank.ts documents for developers),
 * on their own page (/about/planner): /plan links to them rather than sending them with every plan.
 */
export function HowWeRank() {
  return (
    <article className="max-w-3xl space-y-4 text-slate-800">
      <h1 className="text-3xl font-bold text-slate-900">How the planner ranks</h1>
      <ul className="list-disc space-y-1.5 pl-5">
        <li>
          <strong>Your date, looking normal:</strong> the latest day to have a procedure done is your event date minus the latest of its
          downtime (back to work), the time until it looks normal again (bruising and swelling mostly gone; the final result where that is
          not reported) and the time for results to show, all as reported by our sources, minus a {SAFETY_MARGIN_DAYS}-day safety margin. If
          only the margin no longer fits, it is a near miss.
        </li>
        <li>
          <strong>Your date, fully healed:</strong> the event date minus the latest of downtime, looking normal, back to strenuous exercise
          and the final result (swelling settled), minus the same margin.
        </li>
        <li>
          <strong>A course of sessions:</strong> two answers. One session fits if its latest date leaves time for that session’s results to
          show; the full course needs every session, each the longest reported interval apart. The option fits if one session does, and says
          how many sessions of the course fit before your date.
        </li>
        <li>
          <strong>Lead time (our rule, not a medical figure):</strong> nothing counts as a fit if it would have to be booked sooner than{' '}
          {DEFAULT_LEAD_DAYS} days from today ({DEFAULT_SURGERY_LEAD_DAYS} for surgery), to leave time for a consultation and, before
          surgery, pre-operative visits. You can change both under “More options”.
        </li>
        <li>
          <strong>Surgery and deep resurfacing</strong> are never a top pick for an event less than {NEAR_EVENT_DAYS / 7} weeks away; if one
          fits at all, it carries a warning.
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
          <strong>Concerns and areas</strong> narrow the plan: only procedures for what you chose are ranked.{' '}
          <strong>Avoiding surgery, general anesthesia or a risk level</strong> rules options out, with the reason shown. “Sometimes done
          under general anesthesia” is flagged, not ruled out.
        </li>
        <li>
          <strong>Not reported:</strong> if our sources don’t report a figure a date needs, we never count the option as fitting: it is
          “can’t confirm”, naming the figure. Unknown cost or results time is flagged for you to check.
        </li>
        <li>
          Within each group, shorter recovery, lower risk and less invasive options, and those matching more of your concerns, come first.
        </li>
      </ul>
      <p className="text-slate-700">This is a starting point for a conversation with a qualified clinician, not medical advice.</p>
      <p>
        <Link href="/plan" className={textLink}>
          Plan around your date
        </Link>
      </p>
    </article>
  );
}
