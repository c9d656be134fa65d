import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  formatDaysFromToday,
  formatLongDate,
  fromEpochDay,
  isValidTimeZone,
  toEpochDay,
  todayInTimeZone,
} from '@/lib/planner/dates';

const ZONES = [
  'UTC',
  'Pacific/Auckland',
  'America/Los_Angeles',
  'Europe/London',
  'Asia/Kolkata',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
];

describe('calendar dates', () => {
  it('reads real calendar dates only', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('2026-06-14')).toBe(20_618);
    expect(toEpochDay('2024-02-29')).not.toBeNull();
    expect(toEpochDay('2026-02-30')).toBeNull();
    expect(toEpochDay('2023-02-29')).toBeNull();
    expect(toEpochDay('2026-13-01')).toBeNull();
    expect(toEpochDay('2026-6-14')).toBeNull();
    expect(toEpochDay('0099-01-01')).toBe(toEpochDay('0098-12-31')! + 1);
  });

  it('does whole-day arithmetic across month, year and DST boundaries', () => {
    expect(addDays('2026-06-14', -21)).toBe('2026-05-24');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    // 8 March 2026 is 23 hours long in Los Angeles; on the calendar it is still one day.
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });

  it('round-trips every day and keeps addDays and daysBetween consistent (property)', () => {
    const day = fc.integer({ min: -20_000, max: 60_000 });
    fc.assert(fc.property(day, (d) => toEpochDay(fromEpochDay(d)) === d));
    fc.assert(
      fc.property(day, fc.integer({ min: -5_000, max: 5_000 }), (d, n) => daysBetween(fromEpochDay(d), addDays(fromEpochDay(d), n)) === n),
    );
  });

  it('formats calendar dates without shifting them', () => {
    expect(formatLongDate('2026-06-14')).toBe('Sunday, June 14, 2026');
    expect(formatDaysFromToday(0)).toBe('today');
    expect(formatDaysFromToday(12)).toBe('in 12 days');
    expect(formatDaysFromToday(-3)).toBe('3 days ago');
  });
});

describe('today in the visitor’s time zone', () => {
  it('knows valid IANA zones', () => {
    expect(isValidTimeZone('Pacific/Auckland')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('turns over at local midnight in Auckland and Los Angeles', () => {
    // June: Auckland is UTC+12 (winter), Los Angeles UTC−7 (summer time).
    expect(todayInTimeZone(new Date('2026-06-14T11:59:59Z'), 'Pacific/Auckland')).toBe('2026-06-14');
    expect(todayInTimeZone(new Date('2026-06-14T12:00:00Z'), 'Pacific/Auckland')).toBe('2026-06-15');
    expect(todayInTimeZone(new Date('2026-06-15T06:59:59Z'), 'America/Los_Angeles')).toBe('2026-06-14');
    expect(todayInTimeZone(new Date('2026-06-15T07:00:00Z'), 'America/Los_Angeles')).toBe('2026-06-15');
  });

  it('gives different days for the same instant on either side of the date line', () => {
    const now = new Date('2026-06-14T12:30:00Z');
    expect(todayInTimeZone(now, 'Pacific/Auckland')).toBe('2026-06-15');
    expect(todayInTimeZone(now, 'America/Los_Angeles')).toBe('2026-06-14');
    expect(todayInTimeZone(now, 'UTC')).toBe('2026-06-14');
  });

  it('is right around daylight-saving changes', () => {
    // Los Angeles springs forward on 8 March 2026: midnight on the 9th is 07:00Z, not 08:00Z.
    expect(todayInTimeZone(new Date('2026-03-09T06:59:59Z'), 'America/Los_Angeles')).toBe('2026-03-08');
    expect(todayInTimeZone(new Date('2026-03-09T07:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-09');
    // Auckland falls back on 5 April 2026: midnight on the 6th is 12:00Z, not 11:00Z.
    expect(todayInTimeZone(new Date('2026-04-05T11:59:59Z'), 'Pacific/Auckland')).toBe('2026-04-05');
    expect(todayInTimeZone(new Date('2026-04-05T12:00:00Z'), 'Pacific/Auckland')).toBe('2026-04-06');
  });

  it('stays within a day of UTC and never goes backwards (property)', () => {
    const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) });
    const zone = fc.constantFrom(...ZONES);
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 3 * 86_400_000 }), zone, (t, step, tz) => {
        const today = todayInTimeZone(new Date(t), tz);
        const utc = new Date(t).toISOString().slice(0, 10);
        const later = todayInTimeZone(new Date(t + step), tz);
        return Math.abs(daysBetween(utc, today)) <= 1 && daysBetween(today, later) >= 0 && daysBetween(today, later) <= 4;
      }),
    );
  });
});
