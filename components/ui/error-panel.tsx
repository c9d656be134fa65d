'use client';

import Link from 'next/link';
import { primaryButton, textLink } from './styles';

export type ErrorPanelProps = {
  title: string;
  /** Next's retry: re-fetches and re-renders the failed segment. */
  onRetry: () => void;
  digest?: string;
};

/** Shared body of the error boundaries: what happened, a retry, and a way out. */
export function ErrorPanel({ title, onRetry, digest }: ErrorPanelProps) {
  return (
    <div role="alert" className="max-w-2xl rounded-lg border border-red-300 bg-white p-6">
      <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
      <p className="mt-2 text-slate-800">
        This is a problem on our side, not with what you did. Trying again usually works; if it keeps happening, come
        back a little later.
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
