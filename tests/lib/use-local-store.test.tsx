// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLocalStore } from '@/lib/browser/local-store';
import { useLocalStore } from '@/lib/browser/use-local-store';

const KEY = 'use-local-store-test';
const store = createLocalStore<string>({ key: KEY, parse: (raw) => raw ?? 'nothing kept', serialize: (value) => value });

const renders: (string | null)[] = [];
function Reader() {
  const value = useLocalStore(store);
  renders.push(value);
  return <p>{value ?? 'not read yet'}</p>;
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  renders.length = 0;
});

// One file, in order: the module remembers that the page has hydrated.
describe('useLocalStore', () => {
  it('hydrates with the server snapshot, without a mismatch, then reads this browser', async () => {
    window.localStorage.setItem(KEY, 'kept here');
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Reader />);
    document.body.append(container);
    expect(container).toHaveTextContent('not read yet');

    const onRecoverableError = vi.fn();
    await act(async () => {
      hydrateRoot(container, <Reader />, { onRecoverableError });
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(container).toHaveTextContent('kept here');
    // The server render and the hydration pass saw nothing; the read came after.
    expect(renders.slice(0, 2)).toEqual([null, null]);

    act(() => store.set('changed'));
    expect(container).toHaveTextContent('changed');
    container.remove();
  });

  it('reads at once in components mounted after the page has hydrated', () => {
    window.localStorage.setItem(KEY, 'kept here');
    render(<Reader />);
    expect(renders[0]).toBe('kept here');
    expect(screen.getByText('kept here')).toBeInTheDocument();
  });
});
