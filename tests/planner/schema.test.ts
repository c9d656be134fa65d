import { treatmentHref } from '@/lib/planner/treatment-url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanParamsLenient, parsePlanParamsStrict, planParamsSchema, toPlanSearchString } from '@/lib/planner/schema';
import { COST_USD_MAX } from '@/lib/procedures/limits';
import { paramsArb } from './fixtures';

const query = (text: string) => new URLSearchParams(text);

describe('plan URL state', () => {
  it('reads every wish, repeated or comma-separated lists, and checkbox values', () => {
    const parsed = parsePlanParamsStrict(
      query(
        'eventDate=2026-06-14&downtimeDays=3&readiness=healed&budgetMax=1500&budgetPer=year&concern=wrinkles&concern=fine_lines,volume_loss&area=lips&noGeneral=1&noSurgery=on&maxRisk=moderate&minResultsMonths=6&leadDays=10&surgeryLeadDays=30&procedure=botox&show=late&tz=Pacific/Auckland',
      ),
    );
    expect(parsed.success && parsed.data).toEqual({
      eventDate: '2026-06-14',
      downtimeDays: 3,
      readiness: 'healed',
      budgetMax: 1500,
      budgetPer: 'year',
      concern: ['wrinkles', 'fine_lines', 'volume_loss'],
      area: ['lips'],
      noGeneral: true,
      noSurgery: true,
      maxRisk: 'moderate',
      minResultsMonths: 6,
      leadDays: 10,
      surgeryLeadDays: 30,
      treatment: [],
      procedure: 'botox',
      edit: false,
      show: 'late',
      tz: 'Pacific/Auckland',
    });
  });

  it('treats the blanks a GET form sends as "not set"', () => {
    const parsed = parsePlanParamsLenient(query('eventDate=&downtimeDays=&budgetMax=&minResultsMonths=&maxRisk=&tz=UTC'));
    expect(parsed.notices).toEqual([]);
    expect(parsed.params).toEqual(planParamsSchema.parse({}));
  });

  it('strict parsing reports each bad field (the API answers 400 with these)', () => {
    const parsed = parsePlanParamsStrict(
      query('eventDate=2026-02-30&downtimeDays=-4&maxRisk=extreme&tz=Mars/Base&budgetMax=1e9&colour=red'),
    );
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((issue) => issue.path[0] ?? issue.code);
    expect(paths).toEqual(expect.arrayContaining(['eventDate', 'downtimeDays', 'maxRisk', 'tz', 'budgetMax']));
    expect(parsed.error!.issues.some((issue) => issue.code === 'unrecognized_keys')).toBe(true);
  });

  it('lenient parsing drops what it cannot use and says so, so the page still renders', () => {
    const { params, notices } = parsePlanParamsLenient({ eventDate: '2026-02-30', downtimeDays: '-4', downtimeDays2: 'x' });
    expect(params.eventDate).toBeUndefined();
    expect(params.downtimeDays).toBeUndefined();
    expect(notices).toEqual([
      { field: 'Event date', message: '“2026-02-30” is not a real calendar date, so it was ignored' },
      { field: 'Days off', message: '“-4” must be a whole number of days, 0 or more, so it was ignored' },
      { field: 'downtimeDays2', message: '“x” is not a setting we know, so it was ignored' },
    ]);
  });

  it('falls back to UTC for an unknown time zone, with a notice', () => {
    const { params, notices } = parsePlanParamsLenient(query('tz=Mars/Olympus_Mons'));
    expect(params.tz).toBe('UTC');
    expect(notices[0]?.message).toMatch(/not a time zone we know, so dates use UTC$/);
  });

  it('caps the budget at the cost limit the list uses', () => {
    expect(parsePlanParamsStrict(query(`budgetMax=${COST_USD_MAX}`)).success).toBe(true);
    const { params, notices } = parsePlanParamsLenient(query(`budgetMax=${COST_USD_MAX + 1}&noGeneral=1`));
    expect(params.budgetMax).toBeUndefined();
    expect(params.noGeneral).toBe(true);
    expect(notices).toEqual([{ field: 'Budget', message: '“10000001” must be at most 10,000,000 dollars, so it was ignored' }]);
  });

  it('leaves defaults out of the canonical query', () => {
    expect(toPlanSearchString(planParamsSchema.parse({}))).toBe('');
    expect(toPlanSearchString(planParamsSchema.parse({ tz: 'Europe/London', readiness: 'healed', noSurgery: '1' }))).toBe(
      '?readiness=healed&noSurgery=1&tz=Europe%2FLondon',
    );
  });

  it('never throws on hostile input', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }))), (raw) => {
        expect(() => parsePlanParamsLenient(raw)).not.toThrow();
      }),
    );
  });

  it('writes a canonical query that parses back to the same wishes (property)', () => {
    fc.assert(
      fc.property(paramsArb, (params) => {
        const parsed = parsePlanParamsStrict(new URLSearchParams(toPlanSearchString(params)));
        expect(parsed.success && parsed.data).toEqual({
          ...params,
          concern: [...params.concern].sort(),
          area: [...params.area].sort(),
        });
      }),
    );
  });
});

describe('treatmentHref', () => {
  it('writes the same canonical query string as the plan schema', () => {
    for (const slugs of [
      ['microneedling', 'botox'],
      ['lip-filler', 'co2-laser-resurfacing', 'botox'],
    ]) {
      expect(treatmentHref(slugs)).toBe(`/plan${toPlanSearchString({ treatment: slugs })}`);
    }
  });
});
