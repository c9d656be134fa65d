'use client';

import Link from 'next/link';
import { primaryButton, textLink } from './styles';

export type ErrorPanelProps = {
  title: string;
  /** What the boundary caught, as Next passes it: any thrown value, not only an Error. */
  error: unknown;
  /**
   * Next's `retry`, which re-fetches and re-renders the failed segment. Not `reset`: that only
   * clears the boundary's state, so a server failure would render the same error again.
   */
  onRetry: () => void;
};

/** The digest Next gives a server error, for matching the server log; other thrown values have none. */
function digestOf(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('digest' in error)) return undefined;
  return typeof error.digest === 'string' ? error.digest : undefined;
}

/** Shared body of the error boundaries: what happened, a retry, and a way out. */
export function ErrorPanel({ title, error, onRetry }: ErrorPanelProps) {
  const digest = digestOf(error);
  return (
    <div role="alert" className="max-w-2xl rounded-lg border border-red-300 bg-white p-6">
      <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
      <p className="mt-2 text-slate-800">
        This is a problem on our side, not with what you did. Trying again usually works; if it keeps happening, come back a little later.
      </p>
      {digest ? <p className="mt-2 text-xs text-slate-700">Reference: {digest}</p> : null}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="button" onClick={onRetry} className={primaryButton}>
          Try again
        </button>
        <Link href="/" className={textLink}>
          Go to the guide
        </Link>
      </div>
    </div>
  );
}
