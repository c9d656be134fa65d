import { formatDaysFromToday, formatLongDate, formatShortDate } from '@/lib/planner/dates';
import { describeTotal } from '@/lib/planner/timing';
import type { Timing } from '@/lib/planner/types';

export type TimingBoxProps = {
  timing: Timing;
  eventDate: string;
  /** The date is for one session of a course. */
  oneSession?: boolean;
  /** The deadline only (compact options): what it allows for is on the full cards and in "How we rank". */
  brief?: boolean;
};

const DEADLINE: Record<Timing['anchor'], string> = {
  procedure: 'Have it done by',
  first_session: 'Have the first session by',
};

/** The answer to "by when?": the last day to have it done, and what that date allows for. */
export function TimingBox({ timing, eventDate, oneSession = false, brief = false }: TimingBoxProps) {
  // One text node per line: a compact option is repeated down the list.
  const deadline = `${oneSession ? 'Have one session by' : DEADLINE[timing.anchor]} ${formatLongDate(timing.latestDate)}`;
  const when = `(${formatDaysFromToday(timing.daysFromToday)})`;
  if (brief) {
    return <p className="mt-2 text-sm text-slate-900">{`${deadline} ${when}`}</p>;
  }
  return (
    <div className="mt-3 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-slate-900">
      <p>
        <span className="font-semibold">{deadline}</span> <span className="text-slate-700">{when}</span>
      </p>
      <p className="mt-0.5 text-slate-700">{`Allows ${describeTotal(timing)} before ${formatShortDate(eventDate)}.`}</p>
    </div>
  );
}
