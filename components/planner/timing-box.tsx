import { formatDaysFromToday, formatLongDate, formatShortDate } from '@/lib/planner/dates';
import { describeTotal } from '@/lib/planner/timing';
import type { Timing } from '@/lib/planner/types';

export type TimingBoxProps = { timing: Timing; eventDate: string };

const DEADLINE: Record<Timing['anchor'], string> = {
  procedure: 'Have it done by',
  first_session: 'Have the first session by',
  last_session: 'Have the last session by',
};

/** The answer to "by when?": the last day to have it done, and what that date allows for. */
export function TimingBox({ timing, eventDate }: TimingBoxProps) {
  return (
    <div className="mt-3 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-slate-900">
      <p>
        <span className="font-semibold">
          {DEADLINE[timing.anchor]} {formatLongDate(timing.latestDate)}
        </span>{' '}
        <span className="text-slate-700">({formatDaysFromToday(timing.daysFromToday)})</span>
      </p>
      <p className="mt-0.5 text-slate-700">
        Allows {describeTotal(timing)} before {formatShortDate(eventDate)}.
      </p>
    </div>
  );
}
