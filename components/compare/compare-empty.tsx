import Link from 'next/link';
import type { CompareItem } from '@/lib/compare/types';
import { MIN_COMPARE } from '@/lib/compare/url';
import { focusRingDark } from '@/components/ui/styles';

export type CompareEmptyProps = { items: CompareItem[] };

/** Fewer than two procedures: explain how to choose more instead of showing a one-column table. */
export function CompareEmpty({ items }: CompareEmptyProps) {
  const [only] = items;
  return (
    <section aria-labelledby="compare-empty-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="compare-empty-heading" className="text-lg font-semibold text-slate-900">
        {only ? 'Add at least one more procedure' : `Choose at least ${MIN_COMPARE} procedures to compare`}
      </h2>
      {only && (
        <p className="mt-2 text-slate-800">
          You have chosen{' '}
          <Link href={`/procedures/${only.slug}`} className="font-medium text-brand-700 underline underline-offset-2">
            {only.name}
          </Link>
          .
        </p>
      )}
      <ol className="mt-3 list-decimal space-y-1 pl-5 text-slate-800">
        <li>Browse the procedures and filter them by recovery time, cost or risk.</li>
        <li>Press “Add to compare” on up to four of them.</li>
        <li>Press “Compare now” in the compare tray at the bottom of the screen, or add them one by one below.</li>
      </ol>
      <p className="mt-4">
        <Link
          href="/procedures"
          className={`inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 ${focusRingDark}`}
        >
          Browse procedures
        </Link>
      </p>
    </section>
  );
}
