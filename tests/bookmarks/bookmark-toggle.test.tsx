// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ToggleResult } from '@/lib/bookmarks/actions';

const actions = vi.hoisted(() => ({
  setBookmarkSaved: vi.fn<(input: unknown) => Promise<ToggleResult>>(),
  undoToggleRemoval: vi.fn<(input: unknown) => Promise<ToggleResult>>(),
  submitBookmarkToggle: vi.fn(),
}));
vi.mock('@/lib/bookmarks/actions', () => actions);
vi.mock('next/navigation', () => ({
  usePathname: () => '/procedures',
}));

const { BookmarkToggle } = await import('@/components/bookmarks/bookmark-toggle');
const { resetSavedStore } = await import('@/lib/bookmarks/saved-store');

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const fetchMock = vi.fn();

beforeEach(() => {
  resetSavedStore();
  fetchMock.mockReset().mockResolvedValue(Response.json({ slugs: ['facelift'] }));
  vi.stubGlobal('fetch', fetchMock);
  actions.setBookmarkSaved.mockReset();
  actions.undoToggleRemoval.mockReset();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const button = (name: string) => screen.getByRole('button', { name: new RegExp(`^Saved? ${name}$`) });

describe('BookmarkToggle', () => {
  it('renders neutral on the server, as a form that works without JavaScript', () => {
    const html = renderToString(<BookmarkToggle slug="botox" name="Botox" />);
    expect(html).toContain('Save');
    expect(html).not.toContain('>Saved<');
    expect(html).toContain('aria-pressed="false"');
    expect(html).toMatch(/name="intent" value="save"/);
    expect(html).toMatch(/name="returnTo" value="\/procedures"/);
    expect(html).toContain('id="bookmark-saved-botox"');
  });

  it('keeps the no-JavaScript notes out of the DOM a scripted page hydrates', () => {
    const html = renderToString(<BookmarkToggle slug="botox" name="Botox" />);
    expect(html).toMatch(/<noscript><p id="bookmark-saved-botox"[\s\S]*id="bookmark-failed-botox"[\s\S]*<\/noscript>/);
    render(<BookmarkToggle slug="botox" name="Botox" />);
    expect(document.getElementById('bookmark-saved-botox')).toBeNull();
  });

  it('shows the note a plain form post came back with (a click before hydration), on its own card only', async () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    window.history.replaceState(null, '', '/procedures#bookmark-removed-botox');
    try {
      render(
        <>
          <BookmarkToggle slug="botox" name="Botox" />
          <BookmarkToggle slug="facelift" name="Facelift" />
        </>,
      );
      const note = await screen.findByText(/Removed Botox from your saved list/);
      expect(note).toBeVisible();
      expect(within(note).getByRole('link', { name: 'Undo' })).toHaveAttribute('href', '/bookmarks?removed=botox');
      expect(screen.queryByText(/Facelift from your saved list/)).toBeNull();
      expect(scrolled).toHaveBeenCalledTimes(1);
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('loads the saved state once for every toggle on the page', async () => {
    render(
      <>
        <BookmarkToggle slug="botox" name="Botox" />
        <BookmarkToggle slug="facelift" name="Facelift" />
      </>,
    );
    await waitFor(() => expect(button('Facelift')).toHaveAttribute('aria-pressed', 'true'));
    expect(button('Facelift')).toHaveTextContent(/^Saved/);
    expect(button('Botox')).toHaveAttribute('aria-pressed', 'false');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/bookmarks/state');
  });

  it('shows "Saved" at once, and every toggle for that procedure agrees after the save', async () => {
    const reply = deferred<ToggleResult>();
    actions.setBookmarkSaved.mockReturnValue(reply.promise);
    render(
      <>
        <BookmarkToggle slug="botox" name="Botox" />
        <div data-testid="second">
          <BookmarkToggle slug="botox" name="Botox" />
        </div>
      </>,
    );
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const first = screen.getAllByRole('button', { name: 'Save Botox' })[0]!;
    fireEvent.click(first);
    expect(first).toHaveAttribute('aria-pressed', 'true');
    expect(actions.setBookmarkSaved).toHaveBeenCalledWith({ slug: 'botox', saved: true });
    await act(async () => reply.resolve({ ok: true, saved: true, removed: null }));
    const second = within(screen.getByTestId('second')).getByRole('button');
    expect(second).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Saved Botox.');
  });

  it('rolls back visibly when the save fails', async () => {
    actions.setBookmarkSaved.mockResolvedValue({
      ok: false,
      error: 'rate-limited',
      message: 'Too many changes in a short time. Please try again in a minute.',
    });
    render(<BookmarkToggle slug="botox" name="Botox" />);
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    fireEvent.click(button('Botox'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Botox was not saved\. Too many changes/));
    expect(button('Botox')).toHaveAttribute('aria-pressed', 'false');
    expect(button('Botox')).toHaveTextContent(/^Save/);
  });

  it('rolls back when the server cannot be reached', async () => {
    actions.setBookmarkSaved.mockRejectedValue(new TypeError('Failed to fetch'));
    render(<BookmarkToggle slug="botox" name="Botox" />);
    fireEvent.click(button('Botox'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/could not be reached/));
    // The message is set before the optimistic state's transition ends; the rollback follows.
    await waitFor(() => expect(button('Botox')).toHaveAttribute('aria-pressed', 'false'));
  });

  it('sends one request for a double click', async () => {
    const reply = deferred<ToggleResult>();
    actions.setBookmarkSaved.mockReturnValue(reply.promise);
    render(<BookmarkToggle slug="botox" name="Botox" />);
    fireEvent.click(button('Botox'));
    fireEvent.click(button('Botox'));
    await act(async () => reply.resolve({ ok: true, saved: true, removed: null }));
    expect(actions.setBookmarkSaved).toHaveBeenCalledTimes(1);
    expect(button('Botox')).toHaveAttribute('aria-pressed', 'true');
  });

  it('offers an undo that restores the removed note', async () => {
    const removed = { slug: 'facelift', note: 'my note', savedAt: '2026-11-01T00:00:00.000Z' };
    actions.setBookmarkSaved.mockResolvedValue({ ok: true, saved: false, removed });
    actions.undoToggleRemoval.mockResolvedValue({ ok: true, saved: true, removed: null });
    render(<BookmarkToggle slug="facelift" name="Facelift" />);
    await waitFor(() => expect(button('Facelift')).toHaveAttribute('aria-pressed', 'true'));
    fireEvent.click(button('Facelift'));
    const undo = await screen.findByRole('button', { name: 'Undo removing Facelift' });
    fireEvent.click(undo);
    await waitFor(() => expect(button('Facelift')).toHaveAttribute('aria-pressed', 'true'));
    expect(actions.undoToggleRemoval).toHaveBeenCalledWith(removed);
    expect(screen.queryByRole('button', { name: /Undo/ })).toBeNull();
  });
});
