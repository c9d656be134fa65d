import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { READINESS } from '@/lib/planner/constants';
import { addDays } from '@/lib/planner/dates';
import { leadDaysFor } from '@/lib/planner/lead-time';
import { getPlannerProcedures } from '@/lib/planner/queries';
import { rankProcedures } from '@/lib/planner/rank';
import type { PlannerProcedure, RankedOption, Timing } from '@/lib/planner/types';
import { params } from './fixtures';

// Fail closed, over the real catalog (this worker's seeded database) and any event 0–400 days
// away: no option is "fits" when a figure its date needs is not reported, when it would have to be
// booked sooner than the lead time, or before it looks normal again (or, where that is not
// reported, reaches its final result).

const TODAY = '2026-12-06';
let catalog: PlannerProcedure[];

beforeAll(async () => {
  catalog = await getPlannerProcedures();
});

/** The answers a "fits" can rest on: the whole treatment, or one session of a course. */
function answers(option: RankedOption): Timing[] {
  const session = option.oneSession && 'timing' in option.oneSession ? option.oneSession.timing : null;
  return [option.timing, session].filter((timing): timing is Timing => timing !== null);
}

describe('the planner fails closed on the real catalog', () => {
  it('never says "fits" without every figure, the lead time, and looking normal by the date', () => {
    expect(catalog.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.constantFrom(...READINESS), (days, readiness) => {
        const eventDate = addDays(TODAY, days);
        const bySlug = new Map(catalog.map((p) => [p.slug, p]));
        for (const option of rankProcedures(catalog, params({ eventDate, readiness }), TODAY)) {
          if (option.section !== 'fits') continue;
          const procedure = bySlug.get(option.slug)!;
          const looksNormal = procedure.lookNormalDays ?? procedure.finalResultDays;
          expect(procedure.recoveryDays, option.slug).not.toBeNull();
          expect(looksNormal, option.slug).not.toBeNull();
          if (readiness === 'healed') {
            expect(procedure.exerciseDays, option.slug).not.toBeNull();
            expect(procedure.finalResultDays, option.slug).not.toBeNull();
          }
          const earliest = addDays(TODAY, leadDaysFor(procedure));
          const fitting = answers(option).filter((timing) => timing.latestDate >= earliest);
          expect(fitting.length, option.slug).toBeGreaterThan(0);
          for (const timing of fitting) {
            // Done on its latest day, it looks normal again (and is back at work) before the event.
            expect(addDays(timing.latestDate, looksNormal!.max) < eventDate, option.slug).toBe(true);
            expect(addDays(timing.latestDate, procedure.recoveryDays!.max) < eventDate, option.slug).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('answers every option for a date: a date to book, "can\'t confirm" naming what is missing, or why not', () => {
    const eventDate = addDays(TODAY, 90);
    for (const option of rankProcedures(catalog, params({ eventDate }), TODAY)) {
      const timing = option.reasons.find((reason) => reason.constraint === 'timing');
      expect(timing, option.slug).toBeDefined();
      if (option.section === 'unconfirmed') expect(timing!.text, option.slug).toMatch(/our sources don't report “.+”/);
    }
  });
});
