import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAFETY_MARGIN_DAYS } from '@/lib/planner/constants';
import { addDays, daysBetween } from '@/lib/planner/dates';
import type { SpacingRule } from '@/lib/planner/spacing';
import { planTreatment } from '@/lib/planner/treatment';
import { makeProcedure, procedureArb } from './fixtures';

const TODAY = '2026-06-01';
const EVENT = '2026-09-01';

const toxin = makeProcedure('botox', {
  name: 'Botox',
  category: 'neuromodulator',
  recoveryDays: { min: 0, max: 0 },
  resultsVisibleDays: { min: 3, max: 14 },
});
const laser = makeProcedure('co2-laser', {
  name: 'CO2 laser',
  category: 'laser_light',
  recoveryDays: { min: 7, max: 14 },
  resultsVisibleDays: { min: 14, max: 30 },
});
const microneedling = makeProcedure('microneedling', {
  name: 'Microneedling',
  category: 'skin_resurfacing',
  recoveryDays: { min: 1, max: 3 },
  resultsVisibleDays: { min: 14, max: 28 },
  sessions: { min: 3, max: 3, note: null, intervalDays: { min: 28, max: 28 } },
});

// A rule written for the test, in the catalog's shape: the pure planner takes its rules as input.
const toxinFirst: SpacingRule = {
  id: 'toxin-before-laser',
  first: { categories: ['neuromodulator'], slugs: [] },
  then: { categories: ['laser_light'], slugs: [] },
  minDays: 14,
  text: 'Toxin at least two weeks before laser resurfacing.',
  evidence: { source: 'test', quote: 'two weeks before' },
};

describe('treatment plan', () => {
  it('orders and spaces two procedures by a sourced rule, and gives one booking deadline', () => {
    const plan = planTreatment([laser, toxin], { eventDate: EVENT, today: TODAY, readiness: 'presentable', rules: [toxinFirst] });
    expect(plan.steps.map((step) => step.slug)).toEqual(['botox', 'co2-laser']);
    const [first, second] = plan.steps;
    expect(first!.spacingToNext).toMatchObject({ kind: 'rule', days: 14, ruleId: 'toxin-before-laser' });
    expect(daysBetween(first!.sessionDates[0]!, second!.sessionDates[0]!)).toBeGreaterThanOrEqual(14);
    // The laser, last, is ready by the event less the margin: the latest of 14 days downtime and 30 for results.
    expect(second!.sessionDates[0]).toBe(addDays(EVENT, -(SAFETY_MARGIN_DAYS + 30)));
    expect(plan.bookBy).toBe(first!.sessionDates[0]);
    expect(plan.status).toBe('fits');
    expect(plan.askAboutSpacing).toBe(false);
  });

  it('without a sourced rule, waits out the earlier downtime and says to ask about spacing', () => {
    const plan = planTreatment([laser, microneedling], { eventDate: EVENT, today: TODAY, readiness: 'presentable', rules: [] });
    expect(plan.askAboutSpacing).toBe(true);
    const [first, second] = plan.steps;
    expect(first!.spacingToNext).toMatchObject({ kind: 'downtime' });
    expect(first!.spacingToNext!.text).toContain('Ask your provider about spacing');
    const lastOfFirst = first!.sessionDates.at(-1)!;
    expect(daysBetween(lastOfFirst, second!.sessionDates[0]!)).toBeGreaterThanOrEqual(first!.timing.recoveryMaxDays);
  });

  it('dates every session of a course', () => {
    const plan = planTreatment([toxin, microneedling], { eventDate: '2026-12-01', today: TODAY, readiness: 'presentable', rules: [] });
    const course = plan.steps.find((step) => step.slug === 'microneedling')!;
    expect(course.sessionDates).toHaveLength(3);
    expect(daysBetween(course.sessionDates[0]!, course.sessionDates[2]!)).toBe(56);
    expect(course.downtimeWindows).toHaveLength(3);
  });

  it('lists a procedure it cannot date instead of guessing', () => {
    const unknown = makeProcedure('prp', { name: 'PRP', recoveryDays: null });
    const plan = planTreatment([toxin, unknown], { eventDate: EVENT, today: TODAY, readiness: 'presentable', rules: [] });
    expect(plan.steps.map((step) => step.slug)).toEqual(['botox']);
    expect(plan.unscheduled).toEqual([{ slug: 'prp', name: 'PRP', reason: expect.stringContaining('not reported') }]);
  });

  it('is too late when the first booking would already have passed', () => {
    const plan = planTreatment([laser, microneedling], {
      eventDate: addDays(TODAY, 20),
      today: TODAY,
      readiness: 'presentable',
      rules: [],
    });
    expect(plan.status).toBe('too_late');
    expect(plan.daysFromToday).toBeLessThan(0);
  });
});

describe('treatment plan, for any 2–3 procedures (fast-check)', () => {
  const chosen = fc.uniqueArray(procedureArb, { minLength: 2, maxLength: 3, selector: (p) => p.slug });
  const eventArb = fc.integer({ min: 1, max: 500 }).map((days) => addDays(TODAY, days));

  it('readies every step by the event less the margin, keeps sessions in order and spaces each step from the next', () => {
    fc.assert(
      fc.property(chosen, eventArb, fc.constantFrom('presentable' as const, 'healed' as const), (procedures, eventDate, readiness) => {
        const plan = planTreatment(procedures, { eventDate, today: TODAY, readiness, rules: [toxinFirst] });
        expect(plan.steps.length + plan.unscheduled.length).toBe(procedures.length);
        plan.steps.forEach((step, i) => {
          expect(daysBetween(step.readyBy, eventDate)).toBeGreaterThanOrEqual(SAFETY_MARGIN_DAYS);
          expect([...step.sessionDates].sort()).toEqual(step.sessionDates);
          const next = plan.steps[i + 1];
          if (next) {
            expect(step.spacingToNext).not.toBeNull();
            expect(daysBetween(step.sessionDates.at(-1)!, next.sessionDates[0]!)).toBeGreaterThanOrEqual(step.spacingToNext!.days);
          }
        });
        // A sourced "X before Y" rule is never broken: here every toxin comes before every laser.
        const categoryAt = plan.steps.map((step) => procedures.find((p) => p.slug === step.slug)!.category);
        const lastToxin = categoryAt.lastIndexOf('neuromodulator');
        const firstLaser = categoryAt.indexOf('laser_light');
        if (lastToxin >= 0 && firstLaser >= 0) expect(lastToxin).toBeLessThan(firstLaser);
        if (plan.bookBy) expect(plan.bookBy).toBe(plan.steps[0]!.sessionDates[0]);
      }),
      { numRuns: 300 },
    );
  });
});
