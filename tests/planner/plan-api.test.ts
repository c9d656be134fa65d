import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/plan/route';
import { addDays, todayInTimeZone } from '@/lib/planner/dates';
import { createPlan } from '@/lib/planner/plan';
import { getPlannerProcedures } from '@/lib/planner/queries';
import { planParamsSchema } from '@/lib/planner/schema';
import { loadCatalog } from '@/lib/procedures/catalog/catalog-file';

// The route handler called as Next calls it, against this worker's real seeded database.

const plan = (query: string) => GET(new Request(`http://localhost/api/plan${query}`));

type Result = {
  slug: string;
  section: string;
  rank: number;
  reasons: { outcome: string; text: string }[];
  procedure: { category: string };
};

describe('getPlannerProcedures', () => {
  it('loads every procedure with the facts the planner needs', async () => {
    const procedures = await getPlannerProcedures();
    expect(procedures.length).toBe(loadCatalog().length);
    const botox = procedures.find((p) => p.slug === 'botox')!;
    expect(botox.anesthesia.length).toBeGreaterThan(0);
    expect(botox.resultsVisibleDays).toEqual({ min: 3, max: 7 });
    expect(botox.concerns).toContain('wrinkles');
    const facelift = procedures.find((p) => p.slug === 'facelift')!;
    expect(facelift.recoveryDays).not.toBeNull();
    expect(facelift.finalResultDays).not.toBeNull();
  });
});

describe('GET /api/plan', () => {
  type Timed = { daysFromToday: number; leadDays: number; latestDate: string } | null;
  type Full = Result & {
    timing: Timed;
    oneSession: { timing: Timed; sessionsBeforeEvent: number; courseSessions: number | null } | { missing: string[] } | null;
    notTopPick: boolean;
    procedure: Result['procedure'] & { invasiveness: string; sessions: { max: number } | null; recoveryDays: { max: number } | null };
  };
  type Body = { results: Full[]; counts: Record<string, number>; topPicks: string[]; nothingFits: string | null; leadTimes: unknown };
  const inDays = (days: number) => addDays(todayInTimeZone(new Date(), 'UTC'), days);
  const heavy = (r: Full) => r.procedure.category === 'surgery' || r.procedure.invasiveness === 'surgical' || DEEP.has(r.slug);
  const DEEP = new Set(
    loadCatalog()
      .filter((entry) => entry.deepResurfacing)
      .map((entry) => entry.slug),
  );

  it('marks the ablative and deep resurfacing entries of the catalog', () => {
    expect([...DEEP].sort()).toEqual(['co2-laser-resurfacing', 'deep-chemical-peel', 'dermabrasion', 'erbium-laser-resurfacing']);
  });

  it('21 days out: no surgery and no ablative or deep resurfacing fits; one session of a no-downtime course does', async () => {
    const body = (await (await plan(`?eventDate=${inDays(21)}`)).json()) as Body;
    expect(body.leadTimes).toEqual({ leadDays: 7, surgeryLeadDays: 21 });
    const fits = body.results.filter((r) => r.section === 'fits');
    expect(fits.length).toBeGreaterThan(0);
    expect(fits.filter(heavy).map((r) => r.slug)).toEqual([]);
    const oneSessionOnly = fits.filter(
      (r) =>
        r.procedure.sessions !== null &&
        r.procedure.sessions.max > 1 &&
        r.procedure.recoveryDays?.max === 0 &&
        r.oneSession !== null &&
        'timing' in r.oneSession &&
        r.oneSession.timing!.daysFromToday >= r.oneSession.timing!.leadDays &&
        r.timing !== null &&
        r.timing.daysFromToday < r.timing.leadDays,
    );
    expect(oneSessionOnly.length, 'a no-downtime course whose one session fits and whose full course is too late').toBeGreaterThan(0);
    for (const r of oneSessionOnly) {
      expect(r.reasons[0]?.text).toMatch(/^One session fits: ready in time for .*The full course would have had to start by/);
    }
  });

  it('7 days out: nothing fits, and the answer says why and what could still be done', async () => {
    const body = (await (await plan(`?eventDate=${inDays(7)}`)).json()) as Body;
    expect(body.counts.fits).toBe(0);
    expect(body.topPicks.every((slug) => body.results.find((r) => r.slug === slug)?.section !== 'fits')).toBe(true);
    expect(body.nothingFits).toMatch(
      /^Nothing fits by .*: a date counts only if it leaves our 7-day lead time for a consultation \(21 days for surgery\) and a 7-day safety margin/,
    );
  });

  it('120 days out: at least one surgery fits, without the near-event warning', async () => {
    const body = (await (await plan(`?eventDate=${inDays(120)}`)).json()) as Body;
    const surgeries = body.results.filter((r) => r.section === 'fits' && r.procedure.category === 'surgery');
    expect(surgeries.length).toBeGreaterThan(0);
    for (const surgery of surgeries) {
      expect(surgery.notTopPick).toBe(false);
      expect(surgery.reasons.some((reason) => reason.text.includes('weeks before your event'))).toBe(false);
    }
  });

  it('no date ranks nothing; a concern ranks only the procedures for it, and the counts add up to them', async () => {
    const empty = (await (await plan('')).json()) as Body & { needsDate: boolean };
    expect(empty.needsDate).toBe(true);
    expect(empty.results).toEqual([]);
    const body = (await (await plan(`?eventDate=${inDays(60)}&concern=wrinkles`)).json()) as Body & { others: { slug: string }[] };
    const forWrinkles = loadCatalog().filter((entry) => entry.concerns.includes('wrinkles'));
    expect(body.results.map((r) => r.slug).sort()).toEqual(forWrinkles.map((entry) => entry.slug).sort());
    expect(Object.values(body.counts).reduce((a, b) => a + b, 0)).toBe(forWrinkles.length);
    expect(body.others.length).toBe(loadCatalog().length - forWrinkles.length);
  });

  it('returns the same ranking the page renders', async () => {
    const eventDate = addDays(todayInTimeZone(new Date(), 'UTC'), 45);
    const response = await plan(`?eventDate=${eventDate}&downtimeDays=3&budgetMax=1000&noSurgery=1&concern=wrinkles`);
    const body = (await response.json()) as { results: Result[] };
    const expected = createPlan(
      await getPlannerProcedures(),
      planParamsSchema.parse({ eventDate, downtimeDays: '3', budgetMax: '1000', noSurgery: '1', concern: ['wrinkles'] }),
      { now: new Date() },
    );
    expect(body.results.map((r) => [r.slug, r.section])).toEqual(expected.options.map((o) => [o.slug, o.section]));
  });

  it('answers 400 with zod issues for malformed input', async () => {
    const response = await plan('?eventDate=2026-02-30&downtimeDays=-4');
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe('invalid_parameters');
    expect(body.issues.map((issue: { path: string[] }) => issue.path[0]).sort()).toEqual(['downtimeDays', 'eventDate']);
  });

  it('a past date is a notice, not an error', async () => {
    const response = await plan('?eventDate=2020-06-14');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.notices[0].message).toMatch(/has already passed/);
    expect(body.counts.fits).toBe(0);
  });

  it('never answers 500, whatever the query', async () => {
    const queries = [
      '?tz=%00',
      '?tz=Mars/Base',
      '?concern=%3Cscript%3E',
      `?eventDate=${'9'.repeat(400)}`,
      '?downtimeDays=99999999999999999999',
      '?budgetMax=1&budgetMax=2&maxRisk=low&maxRisk=high',
      '?noSurgery=maybe',
      '?eventDate=0001-01-01',
      '?concern=' + Array.from({ length: 50 }, () => 'wrinkles').join(','),
    ];
    for (const query of queries) {
      const response = await plan(query);
      expect([200, 400], query).toContain(response.status);
    }
  });
});
