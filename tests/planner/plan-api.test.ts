import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/plan/route';
import { addDays, todayInTimeZone } from '@/lib/planner/dates';
import { createPlan } from '@/lib/planner/plan';
import { getPlannerProcedures } from '@/lib/planner/queries';
import { planParamsSchema } from '@/lib/planner/schema';
import { loadCatalog } from '@/lib/procedures/catalog-file';

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
  it('a week out with 2 days off: injectables above every surgery, surgery never fits', async () => {
    const eventDate = addDays(todayInTimeZone(new Date(), 'UTC'), 7);
    const response = await plan(`?eventDate=${eventDate}&downtimeDays=2`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { results: Result[]; topPicks: string[]; compareUrl: string; notices: unknown[] };
    expect(body.notices).toEqual([]);
    const rankOf = (predicate: (r: Result) => boolean) => body.results.filter(predicate).map((r) => r.rank);
    const surgeries = body.results.filter((r) => r.procedure.category === 'surgery');
    expect(surgeries.length).toBeGreaterThan(0);
    const bestSurgery = Math.min(...surgeries.map((r) => r.rank));
    const injectables = rankOf((r) => ['neuromodulator', 'dermal_filler'].includes(r.procedure.category));
    expect(Math.max(...injectables)).toBeLessThan(bestSurgery);
    for (const surgery of surgeries) {
      expect(['unconfirmed', 'too_late', 'does_not_fit']).toContain(surgery.section);
      expect(surgery.reasons.some((reason) => ['fail', 'unknown'].includes(reason.outcome))).toBe(true);
    }
    expect(body.topPicks).toHaveLength(3);
    expect(body.compareUrl).toBe(`/compare?ids=${body.topPicks.join(',')}`);
  });

  it('ten days out: no surgery can be ready, and at most 3 procedures go unconfirmed', async () => {
    const eventDate = addDays(todayInTimeZone(new Date(), 'UTC'), 10);
    const presentable = (await (await plan(`?eventDate=${eventDate}`)).json()) as { results: Result[] };
    const healed = (await (await plan(`?eventDate=${eventDate}&readiness=healed`)).json()) as { results: Result[] };
    const surgeries = (body: { results: Result[] }) => body.results.filter((r) => r.procedure.category === 'surgery');
    expect(surgeries(presentable).length).toBeGreaterThanOrEqual(17);
    for (const surgery of surgeries(presentable)) {
      // A surgery is never a fit: it is too late, or (where sources give a week of downtime and
      // results visible at once) only possible by eating into the safety margin, with that reason.
      expect(['too_late', 'near_miss'], surgery.slug).toContain(surgery.section);
      const timing = surgery.reasons.find((reason) => reason.text.startsWith("Can't be ready") || reason.text.startsWith('Tight for'));
      expect(timing, surgery.slug).toBeDefined();
    }
    expect(surgeries(presentable).filter((r) => r.section === 'too_late').length).toBeGreaterThan(surgeries(presentable).length / 2);
    for (const surgery of surgeries(healed)) {
      expect(surgery.section, surgery.slug).toBe('too_late');
      expect(surgery.reasons[0]?.text, surgery.slug).toMatch(
        /^Can't be ready by .*: it needs \d+ days (of downtime|until back to strenuous exercise|until the final result)/,
      );
    }
    expect(presentable.results.filter((r) => r.section === 'unconfirmed').length).toBeLessThanOrEqual(3);
  });

  it('returns the same ranking the page renders', async () => {
    const response = await plan('?downtimeDays=3&budgetMax=1000&noSurgery=1&concern=wrinkles');
    const body = (await response.json()) as { results: Result[] };
    const expected = createPlan(
      await getPlannerProcedures(),
      planParamsSchema.parse({ downtimeDays: '3', budgetMax: '1000', noSurgery: '1', concern: ['wrinkles'] }),
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
