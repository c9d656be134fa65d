import { addDays, daysBetween, formatShortDate } from '@/lib/planner/dates';
import type { TreatmentPlan } from '@/lib/planner/treatment';

// The treatment plan drawn from today (or the first booking, if that has passed) to the event:
// each session, each downtime window, the time for results to show, and the safety margin. The
// picture is decoration for sighted readers; the same dates are in the list beside it.

export type TreatmentCalendarProps = { plan: TreatmentPlan };

const WIDTH = 720;
const LEFT = 8;
const RIGHT = 16;
const ROW = 44;
const TOP = 28;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function TreatmentCalendar({ plan }: TreatmentCalendarProps) {
  const first = plan.bookBy && plan.bookBy < plan.today ? plan.bookBy : plan.today;
  const span = Math.max(1, daysBetween(first, plan.eventDate));
  const x = (date: string) => LEFT + (daysBetween(first, date) / span) * (WIDTH - LEFT - RIGHT);
  const height = TOP + plan.steps.length * ROW + 24;
  const months: string[] = [];
  for (let d = 0; d <= span; d += 1) {
    const date = addDays(first, d);
    if (date.endsWith('-01')) months.push(date);
  }
  return (
    <figure className="mt-4">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="h-auto w-full rounded border border-slate-200 bg-white"
        role="img"
        aria-labelledby="treatment-calendar-title"
        data-testid="treatment-calendar"
      >
        <title id="treatment-calendar-title">
          {`Calendar from ${formatShortDate(first)} to your event on ${formatShortDate(plan.eventDate)}: ${plan.steps
            .map(
              (step) =>
                `${step.name}, ${step.sessionDates.length} session(s) from ${formatShortDate(step.sessionDates[0]!)}, ready by ${formatShortDate(step.readyBy)}`,
            )
            .join('; ')}`}
        </title>
        {months.map((date) => (
          <g key={date}>
            <line x1={x(date)} x2={x(date)} y1={TOP - 8} y2={height - 20} stroke="#e2e8f0" />
            <text x={x(date) + 2} y={TOP - 12} fontSize="11" fill="#334155">
              {MONTHS[Number(date.slice(5, 7)) - 1]}
            </text>
          </g>
        ))}
        <line x1={x(plan.today)} x2={x(plan.today)} y1={TOP - 8} y2={height - 16} stroke="#0f172a" strokeDasharray="3 3" />
        <text x={x(plan.today) + 2} y={height - 4} fontSize="11" fill="#0f172a">
          Today
        </text>
        <line x1={x(plan.eventDate)} x2={x(plan.eventDate)} y1={TOP - 8} y2={height - 16} stroke="#b91c1c" strokeWidth="2" />
        <text x={x(plan.eventDate) - 2} y={height - 4} fontSize="11" fill="#b91c1c" textAnchor="end">
          Event
        </text>
        {plan.steps.map((step, row) => {
          const y = TOP + row * ROW;
          const downtimeEnd = step.downtimeWindows.at(-1)![1];
          return (
            <g key={step.slug} data-step={step.slug}>
              <text x={LEFT} y={y + 10} fontSize="12" fontWeight="600" fill="#0f172a">
                {step.name}
              </text>
              <rect x={x(downtimeEnd)} y={y + 16} width={Math.max(1, x(step.readyBy) - x(downtimeEnd))} height={12} fill="#bfdbfe" />
              <rect x={x(step.readyBy)} y={y + 20} width={Math.max(0, x(plan.eventDate) - x(step.readyBy))} height={4} fill="#cbd5e1" />
              {step.downtimeWindows.map(([start, end]) => (
                <rect key={start} x={x(start)} y={y + 16} width={Math.max(2, x(end) - x(start))} height={12} fill="#f59e0b" />
              ))}
              {step.sessionDates.map((date) => (
                <circle key={date} cx={x(date)} cy={y + 22} r={5} fill="#1e3a8a" stroke="#fff" strokeWidth="1.5" />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
        <span>
          <span aria-hidden="true" className="mr-1 inline-block size-2.5 rounded-full bg-blue-900" />
          Session
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-2.5 w-4 bg-amber-500" />
          Downtime
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-2.5 w-4 bg-blue-200" />
          Results showing (or healing)
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-1 w-4 bg-slate-300" />
          Safety margin
        </span>
      </figcaption>
    </figure>
  );
}
