// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ActiveFilterChips } from '@/components/procedures/active-filter-chips';
import { EmptyResults } from '@/components/procedures/empty-results';
import { Pagination, getPageWindow } from '@/components/procedures/pagination';
import { ParamNotices } from '@/components/procedures/param-notices';
import { ResultsHeader } from '@/components/procedures/results-header';
import { getActiveFilters } from '@/lib/procedures/list/active-filters';
import { makeParams } from './ui-fixtures';

afterEach(cleanup);

describe('ActiveFilterChips', () => {
  it('renders each filter as a link to the view without it, plus "clear all"', () => {
    const filters = getActiveFilters(makeParams({ downtimeDays: 2, risk: ['low'] }));
    render(<ActiveFilterChips filters={filters} clearHref="/procedures" />);
    expect(screen.getByRole('link', { name: /Remove filter: Ready within a weekend/ })).toHaveAttribute('href', '/procedures?risk=low');
    expect(screen.getByRole('link', { name: /Remove filter: Low risk/ })).toHaveAttribute('href', '/procedures?downtimeDays=2');
    expect(screen.getByRole('link', { name: 'Clear all filters' })).toHaveAttribute('href', '/procedures');
  });

  it('renders nothing without filters', () => {
    const { container } = render(<ActiveFilterChips filters={[]} clearHref="/procedures" />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('EmptyResults', () => {
  it('lists the filters worth relaxing, most helpful first, and skips ones that would not help', () => {
    render(
      <EmptyResults
        hints={[
          { label: 'the risk filter “Low risk”', href: '/procedures?downtimeDays=0', count: 0 },
          { label: 'the category filter “Surgery”', href: '/procedures?a', count: 3 },
          { label: 'the recovery limit “Ready the same day”', href: '/procedures?b', count: 12 },
        ]}
        clearHref="/procedures"
        clearCount={35}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Remove the recovery limit “Ready the same day” to see 12 procedures.',
      'Remove the category filter “Surgery” to see 3 procedures.',
    ]);
    expect(within(items[0] as HTMLElement).getByRole('link')).toHaveAttribute('href', '/procedures?b');
    expect(screen.getByText(/to see all 35 procedures/)).toBeInTheDocument();
  });
});

describe('ParamNotices', () => {
  it('lists what could not be used in a status region', () => {
    render(<ParamNotices notices={[{ field: 'sort', text: '“nope” is not a sort order we offer.' }]} />);
    expect(screen.getByRole('status')).toHaveTextContent('“nope” is not a sort order we offer.');
  });
});

describe('ResultsHeader', () => {
  it('states the count and, with a limit set, how many unreported entries it leaves out', () => {
    render(<ResultsHeader total={30} page={2} pageCount={2} pageSize={24} unreported={[{ field: 'downtimeDays', count: 11 }]} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('30 procedures (showing 25–30, page 2 of 2)');
    expect(screen.getByTestId('unreported-downtimeDays')).toHaveTextContent(
      "procedures whose recovery time our sources don't report are left out: 11 more procedures match your other filters.",
    );
  });
});

describe('Pagination', () => {
  it('shows first, last and neighbours with gaps', () => {
    expect(getPageWindow(1, 1)).toEqual([1]);
    expect(getPageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(getPageWindow(2, 3)).toEqual([1, 2, 3]);
  });

  it('marks the current page and links the others', () => {
    render(<Pagination page={2} pageCount={3} hrefFor={(page) => `/procedures?page=${page}`} />);
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(nav).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Next' })).toHaveAttribute('href', '/procedures?page=3');
    expect(within(nav).getByRole('link', { name: 'Previous' })).toHaveAttribute('href', '/procedures?page=1');
  });

  it('is absent for a single page', () => {
    const { container } = render(<Pagination page={1} pageCount={1} hrefFor={() => '/'} />);
    expect(container).toBeEmptyDOMElement();
  });
});
