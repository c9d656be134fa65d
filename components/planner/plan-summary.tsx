import Link from 'next/link';
import { primaryButton } from '@/components/ui/styles';
import { formatDaysFromToday, formatLongDate } from '@/lib/planner/dates';
import type { Readiness } from '@/lib/planner/constants';
import type { Plan } from '@/lib/planner/plan';
import { SECTIONS, type Section } from '@/lib/planner/types';

export type PlanSummaryProps = {
  plan: Plan;
  eventDate: string | undefined;
  readiness: Readiness;
  names: ReadonlyMap<string, string>;
};

const READY_MEANS: Record<Readiness, string> = {
  presentable:
    'the latest of downtime (back to work), looking normal again (bruising and swelling mostly gone) and results showing, as our sources report them',
  healed:
    'the latest of downtime, looking normal again, back to strenuous exercise and the final result (swelling settled) our sources report',
};

const COUNT_WORDS: Record<Section, [string, string]> = {
  fits: ['fits', 'fit'],
  near_miss: ['near miss', 'near misses'],
  unconfirmed: ['can’t confirm', 'can’t confirm'],
  too_late: ['not ready in time', 'not ready in time'],
  does_not_fit: ['doesn’t fit', 'don’t fit'],
};

export function PlanSummary({ plan, eventDate, readiness, names }: PlanSummaryProps) {
  const counts = SECTIONS.filter((section) => plan.counts[section] > 0).map((section) => {
    const n = plan.counts[section];
    return `${n} ${COUNT_WORDS[section][n === 1 ? 0 : 1]}`;
  });
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-800 shadow-sm">
      <p>
        Today is <strong>{formatLongDate(plan.today)}</strong> (time zone: {plan.timeZone}).
        {eventDate && plan.daysUntilEvent !== null ? (
          <>
            {' '}
            Your event: <strong>{formatLongDate(eventDate)}</strong>, {formatDaysFromToday(plan.daysUntilEvent)}.
          </>
        ) : null}
      </p>
      {eventDate ? (
        <p>
          Each “have it done by” date allows for {READY_MEANS[readiness]}, plus a <strong>{plan.safetyMarginDays}-day safety margin</strong>{' '}
          for the unexpected. A date counts only if it is at least <strong>{plan.leadTimes.leadDays} days</strong> from today (
          {plan.leadTimes.surgeryLeadDays} for surgery): our rule, to leave time for a consultation first, not a medical figure.
        </p>
      ) : null}
      <p role="status" className="font-medium text-slate-900">
        {plan.options.length} {plan.options.length === 1 ? 'procedure' : 'procedures'} ranked: {counts.join(' · ') || 'none'}.
      </p>
      {plan.nothingFits ? (
        <p className="rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-amber-950" data-nothing-fits="">
          {plan.nothingFits}
        </p>
      ) : null}
      {plan.compareHref ? (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Link href={plan.compareHref} className={primaryButton}>
            Compare the top picks
          </Link>
          <span className="text-slate-700">{plan.topPicks.map((slug) => names.get(slug) ?? slug).join(', ')}</span>
        </div>
      ) : (
        <p className="text-slate-700">Fewer than two options are left to compare; try loosening a choice.</p>
      )}
    </div>
  );
}
