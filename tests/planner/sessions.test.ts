import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/planner/dates';
import { checkBudget } from '@/lib/planner/checks';
import { SAFETY_MARGIN_DAYS } from '@/lib/planner/constants';
import { checkTiming, describeTotal } from '@/lib/planner/timing';
import { makeProcedure, params } from './fixtures';

// A course counts every session: the first must come (sessions − 1) × interval before the last.

const TODAY = '2026-06-01';
const EVENT = '2026-10-01';

const microneedling = makeProcedure('microneedling', {
  recoveryDays: { min: 1, max: 3 },
  resultsVisibleDays: { min: 14, max: 28 },
  sessions: { min: 3, max: 3, note: null, intervalDays: { min: 28, max: 28 } },
});

describe('planner: a course of sessions', () => {
  it('gives the latest first session: event − 2 × 28 days − the latest milestone − margin, and says each term', () => {
    const { timing, findings } = checkTiming(microneedling, params({ eventDate: EVENT }), TODAY);
    expect(timing).not.toBeNull();
    expect(timing!.anchor).toBe('first_session');
    expect(timing!.latestDate).toBe(addDays(EVENT, -(2 * 28 + 28 + SAFETY_MARGIN_DAYS)));
    expect(describeTotal(timing!)).toBe(
      `56 days for the 2 sessions after the first (28 days apart) + 28 days for results to show + a ${SAFETY_MARGIN_DAYS}-day safety margin (the latest of 3 days of downtime, 0 days to look normal again, 28 days for results to show)`,
    );
    // Both fit: the one-session line says the course fits too.
    expect(findings[0]).toMatchObject({ outcome: 'pass' });
    expect(findings[0]!.text).toMatch(
      /^One session fits: ready in time for October 1 if one session is by August 27 .*The full course of 3 sessions fits too: start by July 2$/,
    );
  });

  it('a month before the event: one session fits, the full course is too late, and it says how many sessions fit', () => {
    const event = addDays(TODAY, 60);
    const { findings, timing, oneSession } = checkTiming(microneedling, params({ eventDate: event }), TODAY);
    expect(timing!.daysFromToday).toBeLessThan(0);
    expect(oneSession).toMatchObject({ sessionsBeforeEvent: 1, courseSessions: 3 });
    expect(findings).toEqual([
      {
        outcome: 'pass',
        text: 'One session fits: ready in time for July 31 if one session is by June 26 (in 25 days). The full course would have had to start by May 1; 1 of 3 sessions fit before your date',
      },
    ]);
  });

  it('one session needs its own "results visible": without it, one session is "can\'t confirm", whatever the course', () => {
    const unknownVisible = { ...microneedling, resultsVisibleDays: null, finalResultDays: { min: 60, max: 90 } };
    const { findings, oneSession, timing } = checkTiming(unknownVisible, params({ eventDate: addDays(TODAY, 60) }), TODAY);
    expect(oneSession).toEqual({ missing: ['Results show after one session'] });
    expect(timing!.daysFromToday).toBeLessThan(0);
    expect(findings).toEqual([
      {
        outcome: 'unknown',
        text: "Can't confirm it will be ready by July 31: our sources don't report “Results show after one session”",
      },
    ]);
  });

  it("can't confirm the full course when the interval is not reported, but still answers for one session", () => {
    const unknownInterval = { ...microneedling, sessions: { min: 3, max: 3, note: null, intervalDays: null } };
    const { timing, findings, oneSession } = checkTiming(unknownInterval, params({ eventDate: EVENT }), TODAY);
    expect(timing).toBeNull();
    expect(oneSession).toMatchObject({ sessionsBeforeEvent: 1 });
    expect(findings[0]!.text).toContain("The full course: can't confirm, as our sources don't report “Time between sessions”");
  });

  it('does the same when the number of sessions is not reported', () => {
    const unknownCount = { ...microneedling, sessions: null, gaps: { sessions: 'searched AAD, ASDS' } };
    const { timing, findings } = checkTiming(unknownCount, params({ eventDate: EVENT }), TODAY);
    expect(timing).toBeNull();
    expect(findings[0]).toMatchObject({ outcome: 'pass' });
    expect(findings[0]!.text).toContain("The full course: can't confirm, as our sources don't report “Sessions”");
  });

  it('treats a single procedure as done on one day', () => {
    const { timing, oneSession } = checkTiming({ ...microneedling, sessions: null }, params({ eventDate: EVENT }), TODAY);
    expect(oneSession).toBeNull();
    expect(timing!.anchor).toBe('procedure');
    expect(timing!.milestones.map((term) => term.figure)).toEqual(['downtime', 'lookNormal', 'resultsVisible']);
    expect(timing!.terms.map((term) => term.figure)).toEqual(['resultsVisible']);
  });
});

describe('planner: the budget per visit, per course or per year', () => {
  const tattoo = makeProcedure('laser-tattoo-removal', {
    cost: {
      lowUsd: 300,
      highUsd: 400,
      averageUsd: null,
      typicalUsd: 300,
      per: 'per session',
      basis: 'physician_fee',
      unit: 'per_session',
      year: 2015,
      excludes: null,
      scope: null,
      source: null,
    },
    sessions: { min: 4, max: 6, note: null, intervalDays: { min: 42, max: 56 } },
    results: null,
  });

  it('compares one visit’s fee by default', () => {
    expect(checkBudget(tattoo, params({ budgetMax: 500 }))).toEqual({ outcome: 'pass', text: 'Costs $300–$400, within your $500 budget' });
  });

  it('compares the whole course, calculated from the fee and the sessions', () => {
    expect(checkBudget(tattoo, params({ budgetMax: 2000, budgetPer: 'course' }))).toEqual({
      outcome: 'caution',
      text: 'Costs $1,200–$2,400 a course (calculated from $300–$400 per session × 4–6 sessions): the top of that range is over your $2,000 budget for a course',
    });
  });

  it('says a year of results cannot be calculated when how long results last is not reported', () => {
    expect(checkBudget(tattoo, params({ budgetMax: 2000, budgetPer: 'year' }))).toEqual({
      outcome: 'caution',
      text: "Cost of a year of results can't be calculated: how long results last is not reported: can't check it against your $2,000 budget a year",
    });
  });
});
