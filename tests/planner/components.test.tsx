// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanNotices } from '@/components/planner/plan-notices';
import { PlanResults } from '@/components/planner/plan-results';
import { ReasonList } from '@/components/planner/reason-list';
import { TimeZoneField } from '@/components/planner/time-zone-field';
import { createPlan } from '@/lib/planner/plan';
import { parsePlanParamsLenient } from '@/lib/planner/schema';
import type { ProcedureDetail } from '@/lib/procedures/catalog/view';
import { makeProcedure } from '../compare/fixtures';

afterEach(cleanup);

describe('planner components', () => {
  it('fills the hidden time-zone field from the browser', () => {
    render(
      <form>
        <TimeZoneField initial="UTC" />
      </form>,
    );
    const input = screen.getByTestId('plan-tz') as HTMLInputElement;
    expect(input.name).toBe('tz');
    expect(input.value).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('says each reason in words, with a spoken label, not only a colour', () => {
    render(
      <ReasonList
        reasons={[
          { constraint: 'downtime', outcome: 'pass', text: 'Same-day recovery fits your 3 days off' },
          { constraint: 'budget', outcome: 'fail', text: 'Costs $900: more than your $500 budget' },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    // The symbol is aria-hidden; the label before the sentence is what a screen reader hears.
    expect(items).toEqual(['✓Fits: Same-day recovery fits your 3 days off', "✗Doesn't fit: Costs $900: more than your $500 budget"]);
  });

  it('announces notices as a status', () => {
    render(<PlanNotices notices={[{ field: 'Event date', message: '“2026-02-30” is not a real calendar date, so it was ignored' }]} />);
    expect(screen.getByRole('status').textContent).toContain('Event date: “2026-02-30” is not a real calendar date, so it was ignored.');
  });

  it('puts the compare and save controls on the options that fit, not on the compact sections', () => {
    const plan = renderPlan(
      [
        makeProcedure({ slug: 'quick', name: 'Quick', recoveryDays: { min: 0, max: 0 }, lookNormalDays: { min: 0, max: 0 } }),
        makeProcedure({ slug: 'unknown', name: 'Unknown', recoveryDays: null }),
      ],
      { eventDate: '2026-12-25', downtimeDays: '2' },
    );
    expect(plan.options.map((option) => [option.slug, option.section])).toEqual([
      ['quick', 'fits'],
      ['unknown', 'unconfirmed'],
    ]);
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Save Quick']);
  });

  it('gives only the three top picks the full card; the rest of a long list is compact', () => {
    const plan = renderPlan(
      Array.from({ length: 12 }, (_, i) =>
        makeProcedure({ slug: `quick-${i}`, name: `Quick ${i}`, recoveryDays: { min: 0, max: i }, lookNormalDays: { min: 0, max: i } }),
      ),
      { eventDate: '2027-02-01', downtimeDays: '30' },
    );
    expect(plan.options.every((option) => option.section === 'fits')).toBe(true);
    const withControls = plan.options.filter((option) => option.rank <= 3).map((option) => `Save ${option.name}`);
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(withControls);
    expect(document.querySelectorAll('article dl')).toHaveLength(3);
    // Every option links to the procedure's cautions instead of repeating the whole list.
    const articles = [...document.querySelectorAll('article')];
    expect(document.querySelectorAll('[data-caution-list]')).toHaveLength(0);
    const links = articles.map((article) =>
      screen.getAllByRole('link').find((link) => article.contains(link) && link.textContent?.includes('Health cautions')),
    );
    expect(links.map((link) => link?.getAttribute('href'))).toEqual(plan.options.map((o) => `/procedures/${o.slug}#right-for-me-heading`));
  });
});

/** Ranks the procedures for these answers and renders the results with a stand-in "Save" control. */
function renderPlan(procedures: ProcedureDetail[], answers: Record<string, string>) {
  const plan = createPlan(procedures, parsePlanParamsLenient(answers).params, { now: new Date('2026-11-25T12:00:00Z') });
  render(
    <PlanResults
      plan={plan}
      procedures={new Map(procedures.map((procedure) => [procedure.slug, procedure]))}
      eventDate={plan.today}
      renderActions={(option) => <button type="button">Save {option.name}</button>}
    />,
  );
  return plan;
}
