'use client';

import Link from 'next/link';

// Reached only when the catalog cannot be read: bad ids never throw, they become notices.
export default function CompareError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <section className="space-y-3 rounded-lg border border-red-200 bg-white p-5" aria-labelledby="compare-error-heading">
      <h1 id="compare-error-heading" className="text-xl font-semibold text-slate-900">
        We could not load this comparison
      </h1>
      <p className="text-slate-700">The catalog did not answer. Your link is fine; please try again in a moment.</p>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
        >
          Try again
        </button>
        <Link href="/procedures" className="inline-flex min-h-11 items-center text-brand-700 underline">
          Browse procedures
        </Link>
      </div>
    </section>
  );
}
