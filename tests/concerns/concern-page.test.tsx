// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { Children, type ReactElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConcernNotFound } from '@/components/concerns/concern-not-found';
import { NotFoundStatus } from '@/components/ui/not-found-status';
import { ladderItems } from '@/lib/concerns/ladder';
import { getConcernOptions } from '@/lib/concerns/queries';
import { describeRung, summarizeLadder } from '@/lib/concerns/summary';

// The concern page as the server renders it, against the real seeded database.

vi.mock('next/navigation', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/navigation')>()),
  usePathname: () => '/concerns/volume-loss',
}));

const { default: ConcernPage, generateMetadata } = await import('@/app/concerns/[concern]/page');

const props = (concern: string) => ({ params: Promise.resolve({ concern }) });

afterEach(cleanup);

describe('concern page', () => {
  it('shows the ladder from non-invasive to surgical, the computed summary, and a link to its map', async () => {
    render(await ConcernPage(props('wrinkles')));
    const { rungs } = await getConcernOptions('wrinkles');
    const items = ladderItems(rungs);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Wrinkles: from skin-deep to surgery');
    const summary = screen.getByTestId('concern-summary');
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(summarizeLadder(rungs).map(describeRung));

    // Cards in ladder order, each with its compare and save controls.
    const cards = Array.from(document.querySelectorAll('article[data-slug]'));
    expect(cards.map((card) => card.getAttribute('data-slug'))).toEqual(items.map((item) => item.procedure.slug));
    for (const card of cards) {
      expect(within(card as HTMLElement).getByRole('link', { name: /to compare$/ })).toBeInTheDocument();
      expect(card.querySelector('[data-field="recovery"]')).not.toBeNull();
    }
    const rungHeadings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(rungHeadings.indexOf('Non-invasive (2 options)')).toBeLessThan(rungHeadings.indexOf('Surgical (4 options)'));

    // The map is one link away: the list's map view for this concern.
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('link', { name: 'see the trade-off map for wrinkles' })).toHaveAttribute(
      'href',
      '/procedures?concern=wrinkles&view=map',
    );
  });

  it('lists options whose downtime is not reported apart, with "Not reported"', async () => {
    render(await ConcernPage(props('wrinkles')));
    const note = screen.getByText(/Downtime not reported, so not placed/);
    const card = note.parentElement!.querySelector('article[data-slug]')!;
    expect(card.querySelector('[data-field="recovery"]')).toHaveTextContent('Not reported');
  });

  it('gives each page its title, description and canonical URL', async () => {
    const metadata = await generateMetadata(props('volume-loss'));
    expect(metadata.title).toBe('Volume loss: options from skin-deep to surgery');
    expect(metadata.alternates?.canonical).toBe('/concerns/volume-loss');
    expect(String(metadata.description).length).toBeLessThanOrEqual(160);
    expect(metadata.description).toMatch(/^Volume loss: options from non-invasive to surgery/);
  });

  it('is a 404 for a concern outside the catalog, and for the underscore spelling', async () => {
    for (const slug of ['no-such-concern', 'volume_loss', 'Wrinkles']) {
      // The page draws its own message (so a cached 404 carries it without JavaScript), then
      // signals the status to Next (components/ui/not-found-status.tsx).
      const page = (await ConcernPage(props(slug))) as ReactElement<{ children: ReactNode }>;
      const parts = Children.toArray(page.props.children) as ReactElement[];
      expect(parts.map((part) => part.type)).toEqual([ConcernNotFound, NotFoundStatus]);
      expect((await generateMetadata(props(slug))).robots).toMatchObject({ index: false });
    }
    render(<ConcernNotFound />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent("We don't have a page for that concern");
  });
});
