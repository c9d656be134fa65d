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
  it('gives the latest first session: event − 2 × 28 days − downtime − results − margin, and says each term', () => {
    const { timing, findings } = checkTiming(microneedling, params({ eventDate: EVENT }), TODAY);
    expect(timing).not.toBeNull();
    expect(timing!.anchor).toBe('first_session');
    expect(timing!.latestDate).toBe(addDays(EVENT, -(2 * 28 + 3 + 28 + SAFETY_MARGIN_DAYS)));
    expect(describeTotal(timing!)).toBe(
      `56 days for the 2 sessions after the first (28 days apart) + 3 days of downtime + 28 days for results to show + a ${SAFETY_MARGIN_DAYS}-day safety margin`,
    );
    expect(findings[0]).toMatchObject({ outcome: 'pass' });
    expect(findings[0]!.text).toContain('if the first session is by');
  });

  it('is not ready a week before the event when the course needs weeks', () => {
    const { findings } = checkTiming(microneedling, params({ eventDate: addDays(TODAY, 30) }), TODAY);
    expect(findings[0]).toMatchObject({ outcome: 'fail' });
    expect(findings[0]!.text).toContain('for the 2 sessions after the first');
  });

  it('dates only the last session when the interval is not reported, and says so', () => {
    const unknownInterval = { ...microneedling, sessions: { min: 3, max: 3, note: null, intervalDays: null } };
    const { timing, findings } = checkTiming(unknownInterval, params({ eventDate: EVENT }), TODAY);
    expect(timing!.anchor).toBe('last_session');
    expect(timing!.latestDate).toBe(addDays(EVENT, -(3 + 28 + SAFETY_MARGIN_DAYS)));
    expect(findings[0]!.text).toContain('if the last session is by');
    expect(findings).toContainEqual({
      outcome: 'caution',
      text: 'Time between sessions is not reported by our sources: ask your provider how early the first session must be',
    });
  });

  it('does the same when the number of sessions is not reported', () => {
    const unknownCount = { ...microneedling, sessions: null, gaps: { sessions: 'searched AAD, ASDS' } };
    const { timing } = checkTiming(unknownCount, params({ eventDate: EVENT }), TODAY);
    expect(timing!.anchor).toBe('last_session');
    expect(timing!.courseMissing).toBe('How many sessions it takes is not reported by our sources');
  });

  it('treats a single procedure as done on one day', () => {
    const { timing } = checkTiming({ ...microneedling, sessions: null }, params({ eventDate: EVENT }), TODAY);
    expect(timing!.anchor).toBe('procedure');
    expect(timing!.terms.map((term) => term.figure)).toEqual(['downtime', 'resultsVisible']);
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
