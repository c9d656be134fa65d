// Calendar dates for the planner. An event is a day on the visitor's calendar, not an instant,
// so the only time-zone work happens once: turning `now` into today's date where the visitor
// is. Everything after that is whole-day arithmetic on days since 1970-01-01 (via Date.UTC),
// which has no midnight or daylight-saving edge to fall off.

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a real calendar date "YYYY-MM-DD", or null (e.g. 2026-02-30). */
export function toEpochDay(iso: string): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 onto 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? Math.round(date.getTime() / MS_PER_DAY) : null;
}

export function fromEpochDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isCalendarDate(iso: string): boolean {
  return toEpochDay(iso) !== null;
}

function epochDayOrThrow(iso: string): number {
  const day = toEpochDay(iso);
  if (day === null) throw new RangeError(`Not a calendar date: ${iso}`);
  return day;
}

export function addDays(iso: string, days: number): string {
  return fromEpochDay(epochDayOrThrow(iso) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return epochDayOrThrow(to) - epochDayOrThrow(from);
}

export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0 || timeZone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Today's calendar date ("YYYY-MM-DD") at `now` in `timeZone` (an IANA name such as "Pacific/Auckland"). */
export function todayInTimeZone(now: Date, timeZone: string): string {
  // en-CA orders the parts as YYYY-MM-DD; reading the parts keeps us independent of its separators.
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

// Formatters are costly to build and are used for every reason line, so build them once.
const LONG_DATE = new Intl.DateTimeFormat('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const SHORT_DATE = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "Sunday, June 14, 2026": the calendar date itself, never shifted by a time zone. */
export function formatLongDate(iso: string): string {
  const day = toEpochDay(iso);
  return day === null ? iso : LONG_DATE.format(new Date(day * MS_PER_DAY));
}

/** "June 14": for sentences where the year is obvious from context. */
export function formatShortDate(iso: string): string {
  const day = toEpochDay(iso);
  return day === null ? iso : SHORT_DATE.format(new Date(day * MS_PER_DAY));
}

/** "today", "tomorrow", "in 12 days", "yesterday", "5 days ago". */
export function formatDaysFromToday(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
