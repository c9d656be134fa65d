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
    'the longest downtime (back to work and social life) our sources report, plus the time for results to show (the final result where first results are not reported)',
  healed: 'the latest of downtime, back to strenuous exercise and the final result (swelling settled) our sources report',
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
          for the unexpected. Book the consultation well before: many clinics want one first.
        </p>
      ) : null}
      <p role="status" className="font-medium text-slate-900">
        {plan.options.length} procedures ranked: {counts.join(' · ')}.
      </p>
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
