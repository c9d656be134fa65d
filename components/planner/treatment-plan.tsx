import { FigureEvidence } from '@/components/procedures/detail/figure-evidence';
import { NoticeBox } from '@/components/ui/notice-box';
import { secondaryButton, textLink } from '@/components/ui/styles';
import { formatDaysFromToday, formatLongDate, formatShortDate } from '@/lib/planner/dates';
import { describeTotal } from '@/lib/planner/timing';
import type { TreatmentPlan as TreatmentPlanData } from '@/lib/planner/treatment';
import { TreatmentCalendar } from './treatment-calendar';

export type TreatmentPlanProps = { plan: TreatmentPlanData; calendarHref: string };

const STATUS: Record<TreatmentPlanData['status'], string> = {
  fits: 'This plan can be ready in time.',
  tight: 'Tight: even starting today eats into the safety margin.',
  too_late: 'Too late: the first session would have had to be before today.',
  unknown: 'We can’t date this plan: a figure it needs is not reported by our sources.',
};

/** The chosen procedures scheduled together: order, dates, spacing and a calendar to export. */
export function TreatmentPlan({ plan, calendarHref }: TreatmentPlanProps) {
  return (
    <section
      aria-labelledby="treatment-plan-heading"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      data-status={plan.status}
    >
      <h2 id="treatment-plan-heading" className="text-xl font-bold text-slate-900">
        Your treatment plan
      </h2>
      <p className="mt-1 text-slate-900">
        {STATUS[plan.status]}{' '}
        {plan.bookBy ? (
          <span className="font-semibold">
            Book the first session by {formatLongDate(plan.bookBy)} ({formatDaysFromToday(plan.daysFromToday ?? 0)}).
          </span>
        ) : null}
      </p>
      <ol className="mt-3 space-y-3" aria-label="Steps, in order">
        {plan.steps.map((step, index) => (
          <li key={step.slug} className="rounded border border-slate-200 p-3" data-step={step.slug}>
            <p className="font-semibold text-slate-900">
              {index + 1}. {step.name}
            </p>
            <p className="text-sm text-slate-800">
              {step.sessionDates.length > 1
                ? `Sessions by ${step.sessionDates.map(formatShortDate).join(', ')}`
                : `Done by ${formatShortDate(step.sessionDates[0]!)}`}
              {` · ready by ${formatShortDate(step.readyBy)}`}
            </p>
            <p className="text-xs text-slate-700">Allows {describeTotal(step.timing)}.</p>
            {step.spacingToNext ? (
              <div className="mt-1 text-sm text-slate-800">
                <span className="font-medium">Spacing to the next step: </span>
                {step.spacingToNext.text}
                {step.spacingToNext.kind === 'rule' && step.spacingToNext.evidence ? (
                  <FigureEvidence label={`spacing after ${step.name}`} evidence={step.spacingToNext.evidence} />
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {plan.unscheduled.length > 0 ? (
        <NoticeBox tone="info" title="Not scheduled">
          <ul className="list-disc pl-5">
            {plan.unscheduled.map((item) => (
              <li key={item.slug}>
                {item.name}: {item.reason}
              </li>
            ))}
          </ul>
        </NoticeBox>
      ) : null}
      {plan.askAboutSpacing ? (
        <p className="mt-3 text-sm text-slate-800">
          Our sources give no rule for spacing these treatments. Ask your provider about spacing, and whether any can share a visit.
        </p>
      ) : null}
      {plan.steps.length > 0 ? <TreatmentCalendar plan={plan} /> : null}
      {plan.steps.length > 0 ? (
        <p className="mt-3 flex flex-wrap items-center gap-3">
          <a href={calendarHref} download="treatment-plan.ics" className={secondaryButton}>
            Add to calendar (.ics)
          </a>
          <span className="text-sm text-slate-700">
            The booking deadlines as calendar entries.{' '}
            <a href="#plan-options" className={textLink}>
              See every option
            </a>
          </span>
        </p>
      ) : null}
    </section>
  );
}
