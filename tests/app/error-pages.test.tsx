// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import BookmarksError from '@/app/bookmarks/error';
import CompareError from '@/app/compare/error';
import RootError from '@/app/error';
import PlanError from '@/app/plan/error';
import ProceduresError from '@/app/procedures/error';

afterEach(cleanup);

type ErrorPage = (props: { error: unknown; retry: () => void; reset: () => void }) => React.ReactNode;

// Each boundary gets both of Next's callbacks. Only `retry` re-fetches the segment, so it is the
// one "Try again" must call: `reset` would render the same server failure again.
const pages: [string, ErrorPage][] = [
  ['/', RootError],
  ['/procedures', ProceduresError],
  ['/compare', CompareError],
  ['/plan', PlanError],
  ['/bookmarks', BookmarksError],
];

function serverError(digest: string): Error {
  return Object.assign(new Error('An error occurred in the Server Components render.'), { digest });
}

describe.each(pages)('the %s error page', (_route, Page) => {
  it('retries by re-fetching the segment, never by only resetting it', () => {
    const calls: string[] = [];
    render(<Page error={serverError('1234567890')} retry={() => calls.push('retry')} reset={() => calls.push('reset')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(calls).toEqual(['retry']);
  });

  it("shows a server error's digest as a reference, and none for other thrown values", () => {
    const noop = () => {};
    const { rerender } = render(<Page error={serverError('1234567890')} retry={noop} reset={noop} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Reference: 1234567890');
    rerender(<Page error="a plain string" retry={noop} reset={noop} />);
    expect(screen.getByRole('alert')).not.toHaveTextContent('Reference');
    rerender(<Page error={new Error('a client error')} retry={noop} reset={noop} />);
    expect(screen.getByRole('alert')).not.toHaveTextContent('Reference');
  });
});
