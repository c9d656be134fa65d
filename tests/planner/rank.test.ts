import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/planner/dates';
import { createPlan } from '@/lib/planner/plan';
import { evaluateProcedure, rankProcedures } from '@/lib/planner/rank';
import type { RankedOption } from '@/lib/planner/types';
import { cost, makeProcedure, params } from './fixtures';

const TODAY = '2026-06-01';

const filler = makeProcedure('lip-filler', {
  name: 'Lip filler',
  category: 'dermal_filler',
  invasiveness: 'minimally_invasive',
  riskLevel: 'moderate',
  resultsVisibleDays: { min: 0, max: 0 },
  anesthesia: ['topical', 'local'],
  concerns: ['thin_lips'],
  bodyAreas: ['lips'],
});
const botox = makeProcedure('botox', {
  name: 'Botox',
  category: 'neuromodulator',
  invasiveness: 'minimally_invasive',
  riskLevel: 'moderate',
  resultsVisibleDays: { min: 3, max: 7 },
});
const peel = makeProcedure('light-peel', { name: 'Light peel', recoveryDays: { min: 0, max: 4 }, cost: cost(519) });
const laser = makeProcedure('co2-laser', {
  name: 'CO2 laser',
  recoveryDays: { min: 7, max: 14 },
  lookNormalDays: { min: 10, max: 21 },
  riskLevel: 'moderate',
  deepResurfacing: true,
});
const tummyTuck = makeProcedure('tummy-tuck', {
  name: 'Tummy tuck',
  category: 'surgery',
  invasiveness: 'surgical',
  riskLevel: 'high',
  recoveryDays: null,
  anesthesia: ['general'],
  cost: cost(6253),
});
const breastLift = makeProcedure('breast-lift', {
  name: 'Breast lift',
  category: 'surgery',
  invasiveness: 'surgical',
  riskLevel: 'high',
  recoveryDays: { min: 7, max: 7 },
  anesthesia: ['local', 'sedation', 'general'],
});
const catalog = [tummyTuck, breastLift, laser, peel, botox, filler];

const texts = (option: RankedOption | undefined) => option?.reasons.map((reason) => reason.text) ?? [];
const bySlug = (ranked: RankedOption[], slug: string) => ranked.find((option) => option.slug === slug);

describe('rankProcedures examples', () => {
  it('two weeks before the event with 2 days off: injectables first, surgery never fits', () => {
    const ranked = rankProcedures(catalog, params({ eventDate: addDays(TODAY, 14), downtimeDays: 2 }), TODAY);
    const order = ranked.map((option) => option.slug);
    for (const surgery of ['tummy-tuck', 'breast-lift']) {
      expect(order.indexOf('lip-filler')).toBeLessThan(order.indexOf(surgery));
      expect(order.indexOf('botox')).toBeLessThan(order.indexOf(surgery));
      expect(['unconfirmed', 'too_late', 'does_not_fit']).toContain(bySlug(ranked, surgery)?.section);
    }
    expect(bySlug(ranked, 'lip-filler')?.section).toBe('fits');
    // Botox needs up to 7 days to show: booked by June 8, sooner than the 7-day lead time allows.
    expect(bySlug(ranked, 'botox')?.section).toBe('near_miss');
    expect(texts(bySlug(ranked, 'botox'))[0]).toBe(
      'Only if done by June 1 (today): sooner than our 7 days lead time for a consultation first',
    );
    expect(texts(bySlug(ranked, 'tummy-tuck'))).toContain(
      "Can't confirm it will be ready by June 15 or that it fits your 2 days off: our sources don't report “Time off work”",
    );
    expect(texts(bySlug(ranked, 'co2-laser'))[0]).toMatch(/^Can't be ready by June 15: it needs 21 days to look normal again/);
    expect(bySlug(ranked, 'co2-laser')?.section).toBe('too_late');
  });

  it('works the latest date back from the event: the latest milestone + 7-day margin, no sooner than the lead time', () => {
    const event = '2026-06-14';
    const slow = makeProcedure('slow', { recoveryDays: { min: 3, max: 5 }, resultsVisibleDays: { min: 3, max: 9 } });
    const { timing, section, reasons } = evaluateProcedure(slow, params({ eventDate: event }), TODAY);
    expect(timing).toMatchObject({ latestDate: '2026-05-29', totalDays: 16, daysFromToday: -3 });
    expect(section).toBe('near_miss');
    expect(reasons[0]?.text).toBe('Tight for June 14: even done today it leaves only 4 spare days, less than our 7-day safety margin');
    const slower = makeProcedure('slower', {
      recoveryDays: { min: 7, max: 7 },
      resultsVisibleDays: { min: 3, max: 8 },
      lookNormalDays: { min: 7, max: 14 },
    });
    expect(evaluateProcedure(slower, params({ eventDate: event }), TODAY).reasons[0]?.text).toBe(
      "Can't be ready by June 14: it needs 14 days to look normal again + a 7-day safety margin (the latest of 7 days of downtime, 14 days to look normal again, 8 days for results to show), so the latest day was May 24",
    );
    const quick = evaluateProcedure(filler, params({ eventDate: '2026-06-21' }), TODAY);
    expect(quick.timing?.latestDate).toBe('2026-06-14');
    expect(quick.reasons[0]?.text).toBe('Ready in time for June 21 if done by June 14 (in 13 days)');
    // Inside the lead time: a date to book exists, but it is not a fit.
    const soon = evaluateProcedure(filler, params({ eventDate: event }), TODAY);
    expect(soon.section).toBe('near_miss');
    expect(soon.reasons[0]?.text).toBe('Only if done by June 7 (in 6 days): sooner than our 7 days lead time for a consultation first');
    expect(evaluateProcedure(filler, params({ eventDate: event, leadDays: 6 }), TODAY).section).toBe('fits');
  });

  it('"presentable" waits for the final result when looks-normal and first results are not reported', () => {
    const surgery = makeProcedure('buccal', {
      category: 'surgery',
      invasiveness: 'surgical',
      recoveryDays: { min: 1, max: 1 },
      lookNormalDays: null,
      resultsVisibleDays: null,
      finalResultDays: { min: 30, max: 60 },
    });
    const { timing, section, reasons } = evaluateProcedure(surgery, params({ eventDate: addDays(TODAY, 10) }), TODAY);
    expect(timing).toMatchObject({ readiness: 'presentable', totalDays: 67, terms: [{ figure: 'finalResult', days: 60 }] });
    expect(section).toBe('too_late');
    expect(reasons.map((reason) => reason.text)).toEqual([
      "Can't be ready by June 11: it needs 60 days until the final result + a 7-day safety margin (the latest of 1 day of downtime, 60 days until the final result), so the latest day was April 5",
    ]);
    // Without the final result either, no date at all: can't confirm, naming the figure.
    const unknown = evaluateProcedure({ ...surgery, finalResultDays: null }, params({ eventDate: addDays(TODAY, 200) }), TODAY);
    expect(unknown.section).toBe('unconfirmed');
    expect(unknown.timing).toBeNull();
    expect(unknown.reasons[0]?.text).toBe(
      "Can't confirm it will be ready by December 18: our sources don't report “Looks normal again” or “Results show after”",
    );
  });

  it('"fully healed" counts to the latest of downtime, exercise and final result, and needs each', () => {
    const peelish = makeProcedure('peelish', {
      recoveryDays: { min: 7, max: 10 },
      lookNormalDays: { min: 7, max: 14 },
      exerciseDays: { min: 14, max: 21 },
      finalResultDays: { min: 30, max: 90 },
    });
    const healed = evaluateProcedure(peelish, params({ eventDate: '2026-12-01', readiness: 'healed' }), TODAY);
    expect(healed.timing).toMatchObject({ readiness: 'healed', totalDays: 97, terms: [{ figure: 'finalResult', days: 90 }] });
    expect(healed.reasons[0]?.text).toBe('Ready in time for December 1 if done by August 26 (in 86 days)');
    const presentable = evaluateProcedure(peelish, params({ eventDate: '2026-12-01' }), TODAY);
    expect(presentable.timing?.totalDays).toBe(14 + 7);
    const unknownHealing = makeProcedure('unknown', { recoveryDays: { min: 0, max: 1 } });
    const unconfirmed = evaluateProcedure(unknownHealing, params({ eventDate: '2026-12-01', readiness: 'healed' }), TODAY);
    expect(unconfirmed.section).toBe('unconfirmed');
    expect(unconfirmed.reasons[0]?.text).toBe(
      "Can't confirm it will be ready by December 1: our sources don't report “Back to strenuous exercise” or “Fully healed”",
    );
  });

  it('never makes surgery or deep resurfacing a top pick less than six weeks before the event, and warns when it fits', () => {
    const co2 = makeProcedure('co2', { recoveryDays: { min: 7, max: 14 }, deepResurfacing: true });
    const near = createPlan([co2, filler, botox], params({ eventDate: addDays(TODAY, 30) }), { now: new Date('2026-06-01T10:00:00Z') });
    const option = near.options.find((o) => o.slug === 'co2');
    expect(option?.section).toBe('fits');
    expect(option?.notTopPick).toBe(true);
    expect(texts(option)).toContain(
      'Deep resurfacing less than 6 weeks before your event: healing often runs past the typical figures, so it is never one of our top picks this close to a date',
    );
    expect(near.topPicks).not.toContain('co2');
    const far = createPlan([co2, filler, botox], params({ eventDate: addDays(TODAY, 60) }), { now: new Date('2026-06-01T10:00:00Z') });
    expect(far.options.find((o) => o.slug === 'co2')?.notTopPick).toBe(false);
    expect(texts(far.options.find((o) => o.slug === 'co2')).some((text) => text.includes('6 weeks'))).toBe(false);
  });

  it('says why, in plain words, for each wish', () => {
    const wishes = params({ downtimeDays: 3, budgetMax: 500, noGeneral: true, noSurgery: true, maxRisk: 'moderate' });
    const ranked = rankProcedures(catalog, wishes, TODAY);
    expect(texts(bySlug(ranked, 'lip-filler'))).toEqual([
      'Same-day recovery fits your 3 days off',
      "Cost not reported by our sources: can't check it against your $500 budget",
      'Not surgery',
      'Done without general anesthesia (numbing cream or local anesthesia)',
      'Moderate risk: within the moderate-risk limit you chose',
    ]);
    expect(texts(bySlug(ranked, 'light-peel'))).toContain('Recovery 0–4 days: may need up to 1 day more than your 3 days off');
    expect(texts(bySlug(ranked, 'light-peel'))).toContain('Costs about $519 on average: $19 more than your $500 budget');
    expect(bySlug(ranked, 'light-peel')?.section).toBe('near_miss');
    expect(texts(bySlug(ranked, 'tummy-tuck'))).toEqual(
      expect.arrayContaining([
        'Needs general anesthesia',
        'Surgery, which you chose to avoid',
        'Higher risk: above the moderate-risk limit you chose',
      ]),
    );
    expect(texts(bySlug(ranked, 'breast-lift'))).toContain(
      'Sometimes done under general anesthesia: ask whether local anesthesia or sedation is an option for you',
    );
    expect(bySlug(ranked, 'co2-laser')?.section).toBe('does_not_fit');
  });

  it('treats a budget well over as a miss and a range straddling it as a pass to check', () => {
    const ranged = makeProcedure('ranged', { cost: cost(300, 900) });
    expect(evaluateProcedure(ranged, params({ budgetMax: 600 }), TODAY).reasons).toEqual([
      { constraint: 'budget', outcome: 'caution', text: 'Costs $300–$900: the top of that range is over your $600 budget' },
    ]);
    expect(evaluateProcedure(ranged, params({ budgetMax: 200 }), TODAY).section).toBe('does_not_fit');
    expect(evaluateProcedure(ranged, params({ budgetMax: 1000 }), TODAY).section).toBe('fits');
  });

  it('says which concern and area each option matches, and ranks more matches higher within a section', () => {
    const ranked = rankProcedures(catalog, params({ concern: ['thin_lips', 'wrinkles'], area: ['lips'] }), TODAY);
    expect(ranked[0]?.slug).toBe('lip-filler');
    expect(texts(ranked[0])).toEqual(['Treats thin lips', 'Used on the lips']);
    expect(bySlug(ranked, 'botox')?.section).toBe('does_not_fit');
    expect(texts(bySlug(ranked, 'botox'))).toContain('Not used on the lips');
  });

  it('a concern narrows the plan: procedures that do not treat it are not ranked or counted, only listed apart', () => {
    const plan = createPlan(catalog, params({ eventDate: addDays(TODAY, 60), concern: ['thin_lips'] }), {
      now: new Date('2026-06-01T10:00:00Z'),
    });
    expect(plan.options.map((option) => option.slug)).toEqual(['lip-filler']);
    expect(Object.values(plan.counts).reduce((a, b) => a + b, 0)).toBe(1);
    expect(plan.others.map((other) => other.slug).sort()).toEqual(['botox', 'breast-lift', 'co2-laser', 'light-peel', 'tummy-tuck']);
  });

  it('checks how long results last', () => {
    const lasting = makeProcedure('lasting', { results: { minMonths: 6, maxMonths: 18, permanent: false, note: null } });
    const short = makeProcedure('short', { results: { minMonths: 3, maxMonths: 4, permanent: false, note: null } });
    expect(evaluateProcedure(lasting, params({ minResultsMonths: 6 }), TODAY).reasons[0]?.text).toBe(
      'Results last 6–18 months: at least the 6 months you want',
    );
    expect(evaluateProcedure(short, params({ minResultsMonths: 5 }), TODAY).section).toBe('near_miss');
    expect(evaluateProcedure(short, params({ minResultsMonths: 12 }), TODAY).reasons[0]?.text).toBe(
      'Results last 3–4 months: shorter than the 12 months you want',
    );
  });
});

describe('createPlan', () => {
  const now = new Date('2026-06-01T10:00:00Z');

  it('computes today in the visitor’s zone and picks the top three for /compare', () => {
    const plan = createPlan(catalog, params({ eventDate: '2026-06-28', tz: 'Pacific/Auckland' }), {
      now: new Date('2026-06-01T12:30:00Z'),
    });
    expect(plan.today).toBe('2026-06-02');
    expect(plan.daysUntilEvent).toBe(26);
    expect(plan.topPicks).toHaveLength(3);
    expect(plan.compareHref).toBe(`/compare?ids=${plan.topPicks.join(',')}`);
  });

  it('a date in the past gives a clear notice, not an error', () => {
    const plan = createPlan(catalog, params({ eventDate: '2026-05-20' }), { now });
    expect(plan.notices).toEqual([
      expect.objectContaining({
        field: 'Event date',
        message: expect.stringMatching(/^Wednesday, May 20, 2026 has already passed: today is Monday, June 1, 2026 \(UTC\)/),
      }),
    ]);
    expect(plan.counts.fits + plan.counts.near_miss + plan.counts.unconfirmed).toBe(0);
    expect(plan.options[0]?.reasons[0]?.text).toBe('Your date, Wednesday, May 20, 2026, has already passed');
    expect(plan.compareHref).toBeNull();
    expect(plan.withoutDateHref).toBe('/plan');
  });

  it('ranks nothing without a date: the page asks for one first', () => {
    const plan = createPlan(catalog, params({ downtimeDays: 3 }), { now });
    expect(plan.needsDate).toBe(true);
    expect(plan.options).toEqual([]);
    expect(plan.topPicks).toEqual([]);
    expect(plan.notices).toEqual([]);
  });

  it('ranks the whole catalog for a date with no other wishes, unknown recovery last', () => {
    const plan = createPlan(catalog, params({ eventDate: '2026-09-01' }), { now });
    expect(plan.needsDate).toBe(false);
    expect(plan.options).toHaveLength(catalog.length);
    expect(plan.options.at(-1)?.slug).toBe('tummy-tuck');
  });
});
