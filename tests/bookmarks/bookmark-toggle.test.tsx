// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ToggleResult } from '@/lib/bookmarks/server/actions';
import type { PageController } from '@/lib/page-controller';

const actions = vi.hoisted(() => ({
  setBookmarkSaved: vi.fn<(input: unknown) => Promise<ToggleResult>>(),
  undoToggleRemoval: vi.fn<(input: unknown) => Promise<ToggleResult>>(),
  submitBookmarkToggle: vi.fn(),
}));
vi.mock('@/lib/bookmarks/server/actions', () => actions);

const { BookmarkToggle } = await import('@/components/bookmarks/bookmark-toggle');
const { startBookmarkToggles } = await import('@/lib/bookmarks/browser/bookmark-toggles');
const { resetSavedStore } = await import('@/lib/bookmarks/browser/saved-store');
const { hasPendingWrites, resetPendingWrites } = await import('@/lib/bookmarks/browser/pending-writes');

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const fetchMock = vi.fn();
let controller: PageController | null = null;

/** The server markup in the page, then the page's controller, as ProcedureControls starts it. */
function mount(ui: ReactNode) {
  const result = render(ui);
  controller = startBookmarkToggles(document);
  return result;
}

beforeEach(() => {
  resetSavedStore();
  resetPendingWrites();
  fetchMock.mockReset().mockResolvedValue(Response.json({ slugs: ['facelift'] }));
  vi.stubGlobal('fetch', fetchMock);
  actions.setBookmarkSaved.mockReset();
  actions.undoToggleRemoval.mockReset();
  actions.submitBookmarkToggle.mockReset();
});
afterEach(() => {
  controller?.stop();
  controller = null;
  cleanup();
  vi.unstubAllGlobals();
});

const button = (name: string) => screen.getByRole('button', { name: new RegExp(`^(Saved?|Saving…|Removing…) ${name}$`) });

describe('BookmarkToggle', () => {
  it('renders neutral on the server, as a form that works without JavaScript', () => {
    const html = renderToString(<BookmarkToggle slug="botox" name="Botox" />);
    expect(html).toContain('>Save<');
    expect(html).not.toContain('>Saved<');
    expect(html).toContain('aria-pressed="false"');
    expect(html).toMatch(/name="slug" value="botox"/);
    expect(html).toMatch(/<button type="submit" value="save"[^>]* name="intent"/);
    expect(html).toContain('id="bookmark-saved-botox"');
  });

  it('keeps the no-JavaScript notes out of the DOM a scripted page hydrates', () => {
    const html = renderToString(<BookmarkToggle slug="botox" name="Botox" />);
    expect(html).toMatch(/<noscript><p id="bookmark-saved-botox"[\s\S]*id="bookmark-failed-botox"[\s\S]*<\/noscript>/);
    mount(<BookmarkToggle slug="botox" name="Botox" />);
    expect(document.getElementById('bookmark-saved-botox')).toBeNull();
  });

  it('shows the note a plain form post came back with (a click before the script ran), on its own card only', async () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    window.history.replaceState(null, '', '/procedures#bookmark-removed-botox');
    try {
      mount(
        <>
          <BookmarkToggle slug="botox" name="Botox" />
          <BookmarkToggle slug="facelift" name="Facelift" />
        </>,
      );
      const note = await screen.findByText(/Removed from your saved list/);
      expect(note).toBeVisible();
      // On its own card: the note sits in Botox's control, none in Facelift's.
      expect(note.closest('[data-bookmark-toggle]')).toHaveAttribute('data-bookmark-toggle', 'botox');
      expect(within(note).getByRole('link', { name: 'Undo' })).toHaveAttribute('href', '/bookmarks?removed=botox');
      controller?.refresh();
      expect(screen.getAllByText(/Removed from your saved list/)).toHaveLength(1);
      expect(scrolled).toHaveBeenCalledTimes(1);
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('loads the saved state once for every toggle on the page', async () => {
    mount(
      <>
        <BookmarkToggle slug="botox" name="Botox" />
        <BookmarkToggle slug="facelift" name="Facelift" />
      </>,
    );
    await waitFor(() => expect(button('Facelift')).toHaveAttribute('aria-pressed', 'true'));
    expect(button('Facelift')).toHaveTextContent(/^Saved Facelift$/);
    expect(button('Facelift')).toHaveAttribute('data-state', 'saved');
    expect(button('Botox')).toHaveAttribute('aria-pressed', 'false');
    expect(button('Botox')).toHaveAttribute('data-state', 'unsaved');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/bookmarks/state');
  });

  it('does not fetch the saved state on a page without toggles', () => {
    controller = startBookmarkToggles(document);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('gives toggles that appear later (a client navigation) the same state', async () => {
    const { rerender } = mount(<BookmarkToggle slug="botox" name="Botox" />);
    await waitFor(() => expect(button('Botox')).toHaveAttribute('data-state', 'unsaved'));
    rerender(
      <>
        <BookmarkToggle slug="botox" name="Botox" />
        <BookmarkToggle slug="facelift" name="Facelift" />
      </>,
    );
    expect(button('Facelift')).toHaveAttribute('data-state', 'unknown');
    controller?.refresh();
    expect(button('Facelift')).toHaveAttribute('aria-pressed', 'true');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('says "Saving…" until the server answers, without posting the form, then "Saved" on every toggle for that procedure', async () => {
    const reply = deferred<ToggleResult>();
    actions.setBookmarkSaved.mockReturnValue(reply.promise);
    mount(
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
    // Not "Saved" before the server has it: a pending state, and the write is registered.
    expect(first).toHaveAttribute('aria-pressed', 'false');
    expect(first).toHaveAttribute('aria-busy', 'true');
    expect(first).toHaveAttribute('data-state', 'pending');
    expect(first).toHaveTextContent(/^Saving… Botox$/);
    expect(hasPendingWrites()).toBe(true);
    expect(actions.setBookmarkSaved).toHaveBeenCalledWith({ slug: 'botox', saved: true });
    // Taken over: React's form action (the no-JavaScript post) never runs.
    expect(actions.submitBookmarkToggle).not.toHaveBeenCalled();
    await act(async () => reply.resolve({ ok: true, saved: true, removed: null }));
    const second = within(screen.getByTestId('second')).getByRole('button', { pressed: true });
    expect(second).toHaveAttribute('aria-pressed', 'true');
    expect(first).toHaveAttribute('aria-busy', 'false');
    expect(first).toHaveTextContent(/^Saved Botox$/);
    expect(hasPendingWrites()).toBe(false);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Saved Botox.');
    // A post that is not taken over asks for the opposite: the button is the form's intent.
    expect(first).toHaveAttribute('name', 'intent');
    expect(first).toHaveAttribute('value', 'remove');
  });

  it('rolls back visibly when the save fails', async () => {
    actions.setBookmarkSaved.mockResolvedValue({
      ok: false,
      error: 'rate-limited',
      message: 'Too many changes in a short time. Please try again in a minute.',
    });
    mount(<BookmarkToggle slug="botox" name="Botox" />);
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    fireEvent.click(button('Botox'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Botox was not saved\. Too many changes/));
    expect(screen.getByRole('status')).toHaveAttribute('data-error');
    expect(button('Botox')).toHaveAttribute('aria-pressed', 'false');
    expect(button('Botox')).toHaveTextContent(/^Save Botox$/);
  });

  it('offers "Try again" after a failure, which sends the same request and then says "Saved"', async () => {
    actions.setBookmarkSaved.mockResolvedValueOnce({ ok: false, error: 'unavailable', message: 'The server could not be reached.' });
    actions.setBookmarkSaved.mockResolvedValueOnce({ ok: true, saved: true, removed: null });
    mount(<BookmarkToggle slug="botox" name="Botox" />);
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const retryButton = () => document.querySelector('[data-bookmark-retry]');
    expect(retryButton()).toBeNull();
    fireEvent.click(button('Botox'));
    const retry = await screen.findByRole('button', { name: 'Try again for Botox' });
    fireEvent.click(retry);
    await waitFor(() => expect(button('Botox')).toHaveAttribute('aria-pressed', 'true'));
    expect(actions.setBookmarkSaved).toHaveBeenCalledTimes(2);
    expect(actions.setBookmarkSaved).toHaveBeenLastCalledWith({ slug: 'botox', saved: true });
    expect(retryButton()).toBeNull();
    expect(screen.getByRole('status')).not.toHaveAttribute('data-error');
  });

  it('rolls back when the server cannot be reached', async () => {
    actions.setBookmarkSaved.mockRejectedValue(new TypeError('Failed to fetch'));
    mount(<BookmarkToggle slug="botox" name="Botox" />);
    fireEvent.click(button('Botox'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/could not be reached/));
    expect(button('Botox')).toHaveAttribute('aria-pressed', 'false');
  });

  it('sends one request for a double click', async () => {
    const reply = deferred<ToggleResult>();
    actions.setBookmarkSaved.mockReturnValue(reply.promise);
    mount(<BookmarkToggle slug="botox" name="Botox" />);
    fireEvent.click(button('Botox'));
    fireEvent.click(button('Botox'));
    await act(async () => reply.resolve({ ok: true, saved: true, removed: null }));
    expect(actions.setBookmarkSaved).toHaveBeenCalledTimes(1);
    expect(actions.submitBookmarkToggle).not.toHaveBeenCalled();
    expect(button('Botox')).toHaveAttribute('aria-pressed', 'true');
  });

  it('offers an undo that restores the removed note', async () => {
    const removed = { slug: 'facelift', note: 'my note', savedAt: '2026-11-01T00:00:00.000Z' };
    actions.setBookmarkSaved.mockResolvedValue({ ok: true, saved: false, removed });
    actions.undoToggleRemoval.mockResolvedValue({ ok: true, saved: true, removed: null });
    mount(<BookmarkToggle slug="facelift" name="Facelift" />);
    await waitFor(() => expect(button('Facelift')).toHaveAttribute('aria-pressed', 'true'));
    expect(screen.queryByRole('button', { name: /Undo/ })).toBeNull();
    fireEvent.click(button('Facelift'));
    const undo = await screen.findByRole('button', { name: 'Undo removing Facelift' });
    expect(screen.getByRole('status')).toHaveTextContent('Removed Facelift from your saved list.');
    fireEvent.click(undo);
    await waitFor(() => expect(button('Facelift')).toHaveAttribute('aria-pressed', 'true'));
    expect(actions.undoToggleRemoval).toHaveBeenCalledWith(removed);
    expect(screen.queryByRole('button', { name: /Undo/ })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Facelift is back in your saved list.');
  });

  it('leaves the form to React (the plain post) once stopped', async () => {
    mount(<BookmarkToggle slug="botox" name="Botox" />);
    controller?.stop();
    controller = null;
    fireEvent.click(button('Botox'));
    await waitFor(() => expect(actions.submitBookmarkToggle).toHaveBeenCalledTimes(1));
    expect(actions.setBookmarkSaved).not.toHaveBeenCalled();
  });
});
