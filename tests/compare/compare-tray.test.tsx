// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { AddToCompareButton } from '@/components/compare/add-to-compare-button';
import { CompareTray } from '@/components/compare/compare-tray';
import { startCompareToggles } from '@/lib/compare/compare-toggles';
import { TRAY_STORAGE_KEY } from '@/lib/compare/tray-store';
import type { PageController } from '@/lib/page-controller';

const store = (...slugs: string[]) =>
  window.localStorage.setItem(TRAY_STORAGE_KEY, JSON.stringify(slugs.map((slug) => ({ slug, name: `Name ${slug}` }))));

let controller: PageController | null = null;

/** The server markup in the page, then the page's controller, as ProcedureControls starts it. */
function mount(ui: ReactNode) {
  const result = render(ui);
  controller = startCompareToggles(document);
  return result;
}

afterEach(() => {
  controller?.stop();
  controller = null;
  cleanup();
  window.localStorage.clear();
});

describe('AddToCompareButton', () => {
  it('adds and removes, with the procedure in the accessible name', () => {
    mount(<AddToCompareButton slug="botox" name="Botox" />);
    fireEvent.click(screen.getByRole('button', { name: 'Add Botox to compare' }));
    expect(JSON.parse(window.localStorage.getItem(TRAY_STORAGE_KEY) ?? '[]')).toEqual([{ slug: 'botox', name: 'Botox' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Botox from compare' }));
    expect(screen.getByRole('button', { name: 'Add Botox to compare' })).toBeEnabled();
    expect(window.localStorage.getItem(TRAY_STORAGE_KEY)).toBe('[]');
  });

  it('refuses a fifth procedure with a clear, announced message', () => {
    store('a', 'b', 'c', 'd');
    mount(<AddToCompareButton slug="botox" name="Botox" />);
    const button = screen.getByRole('button', { name: 'Add Botox to compare' });
    fireEvent.click(button);
    expect(screen.getByRole('status')).toHaveTextContent(
      'You can compare up to 4 procedures. Remove one from the compare tray to add Botox.',
    );
    expect(button).toHaveAccessibleDescription(/up to 4/);
    expect(window.localStorage.getItem(TRAY_STORAGE_KEY)).not.toContain('botox');
  });

  it('agrees with every other button and the tray (one store)', async () => {
    mount(
      <>
        <AddToCompareButton slug="botox" name="Botox" />
        <AddToCompareButton slug="botox" name="Botox" />
        <CompareTray />
      </>,
    );
    fireEvent.click(screen.getAllByRole('button', { name: 'Add Botox to compare' })[0]!);
    expect(screen.getAllByRole('button', { name: 'Remove Botox from compare' })).toHaveLength(2);
    expect(await screen.findByRole('region', { name: /Compare \(1 of 4\)/ })).toBeInTheDocument();
    expect(screen.getByText('Added Botox to compare. 1 of 4 chosen.')).toBeInTheDocument();
  });

  it('is enabled once the tray is read, and gives buttons that appear later their state', () => {
    store('facelift');
    const { rerender } = render(<AddToCompareButton slug="botox" name="Botox" />);
    // Before the tray is read it is a link that opens /compare with this procedure.
    expect(screen.getByRole('link', { name: 'Add Botox to compare' })).toHaveAttribute('href', '/compare?ids=botox');
    controller = startCompareToggles(document);
    expect(screen.getByRole('button', { name: 'Add Botox to compare' })).toBeEnabled();
    rerender(
      <>
        <AddToCompareButton slug="botox" name="Botox" />
        <AddToCompareButton slug="facelift" name="Facelift" />
      </>,
    );
    controller.refresh();
    const added = screen.getByRole('button', { name: 'Remove Facelift from compare' });
    // The sign (✓) is drawn by CSS from data-state.
    expect(added).toHaveTextContent(/^Remove Facelift from compare$/);
    expect(added).toHaveAttribute('data-state', 'in');
  });

  it('is pressed with Space once it is a button, like a native one', () => {
    mount(<AddToCompareButton slug="botox" name="Botox" />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Add Botox to compare' }), { key: ' ' });
    expect(JSON.parse(window.localStorage.getItem(TRAY_STORAGE_KEY) ?? '[]')).toEqual([{ slug: 'botox', name: 'Botox' }]);
  });

  it('server-renders a link to /compare (what works without JavaScript) and no tray at all', () => {
    store('botox');
    const html = renderToString(
      <>
        <AddToCompareButton slug="botox" name="Botox" />
        <CompareTray />
      </>,
    );
    expect(html).toContain('href="/compare?ids=botox"');
    expect(html).not.toContain('role="button"');
    expect(html).toContain('<span>Add <span class="sr-only">Botox</span> to compare</span>');
    expect(html).not.toContain('Compare (');
  });
});

describe('CompareTray', () => {
  it('renders nothing visible when empty', () => {
    render(<CompareTray />);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('loads the visible tray only once it holds something', async () => {
    render(<CompareTray />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    act(() => {
      store('botox');
      window.dispatchEvent(new StorageEvent('storage', { key: TRAY_STORAGE_KEY }));
    });
    expect(await screen.findByRole('region', { name: 'Compare (1 of 4)' })).toBeInTheDocument();
  });

  it('shows the chosen items, the count and a Compare now link', async () => {
    store('botox', 'facelift');
    render(<CompareTray />);
    const tray = await screen.findByRole('region', { name: 'Compare (2 of 4)' });
    expect(
      within(tray)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('span')?.textContent),
    ).toEqual(['Name botox', 'Name facelift']);
    expect(within(tray).getByRole('link', { name: /Compare now/ })).toHaveAttribute('href', '/compare?ids=botox,facelift');
  });

  it('offers a treatment plan for 2 or 3 chosen, not for 4', async () => {
    store('facelift', 'botox');
    const { unmount } = render(<CompareTray />);
    expect(await screen.findByRole('link', { name: 'Plan as one treatment' })).toHaveAttribute(
      'href',
      '/plan?treatment=botox&treatment=facelift',
    );
    unmount();
    store('a', 'b', 'c', 'd');
    render(<CompareTray />);
    await screen.findByRole('region');
    expect(screen.queryByRole('link', { name: 'Plan as one treatment' })).not.toBeInTheDocument();
  });

  it('asks for one more when only one is chosen, and says when it is full', async () => {
    store('botox');
    const { unmount } = render(<CompareTray />);
    expect(await screen.findByText('Add one more to compare')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Compare now/ })).not.toBeInTheDocument();
    unmount();
    store('a', 'b', 'c', 'd');
    render(<CompareTray />);
    expect(await screen.findByRole('region', { name: 'Compare (4 of 4, full)' })).toBeInTheDocument();
  });

  it('removes with the keyboard-operable buttons, announces it and keeps focus in the tray', async () => {
    store('a', 'b', 'c');
    render(<CompareTray />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Name a from the compare tray' }));
    expect(screen.getByText('Removed Name a from compare. 2 of 4 chosen.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Name b from the compare tray' })).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Clear compare tray' }));
    expect(screen.getByText('Compare tray cleared.')).toBeInTheDocument();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('follows changes made in another tab', async () => {
    render(<CompareTray />);
    act(() => {
      store('botox', 'facelift');
      window.dispatchEvent(new StorageEvent('storage', { key: TRAY_STORAGE_KEY }));
    });
    expect(await screen.findByRole('region', { name: 'Compare (2 of 4)' })).toBeInTheDocument();
    expect(screen.getByText('Added Name botox, Name facelift to compare. 2 of 4 chosen.')).toBeInTheDocument();
  });
});

describe('AddToCompareButton refusal', () => {
  it('withdraws the refusal once a place frees up', async () => {
    store('a', 'b', 'c', 'd');
    mount(
      <>
        <AddToCompareButton slug="botox" name="Botox" />
        <CompareTray />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add Botox to compare' }));
    expect(screen.getByText(/Remove one from the compare tray to add Botox/)).toBeInTheDocument();
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Name a from the compare tray' }));
    expect(screen.queryByText(/Remove one from the compare tray to add Botox/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add Botox to compare' })).not.toHaveAccessibleDescription();
    fireEvent.click(screen.getByRole('button', { name: 'Add Botox to compare' }));
    expect(screen.getByRole('region', { name: 'Compare (4 of 4, full)' })).toBeInTheDocument();
  });
});
