import Link from 'next/link';
import { compareHref } from '@/lib/compare/url';
import { PrintButton } from './print-button';
import { focusRingDark } from '@/components/ui/styles';

export type CompareToolbarProps = { slugs: string[]; onlyDiff: boolean; shownRows: number; totalRows: number; differingRows: number };

const ACTION = `inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-900 hover:bg-slate-50 ${focusRingDark}`;

/**
 * "Show only differences" is a link to the same URL with or without `only=diff`: it works without
 * JavaScript, and with it Next navigates in place, so the address always matches what is shown.
 */
export function CompareToolbar({ slugs, onlyDiff, shownRows, totalRows, differingRows }: CompareToolbarProps) {
  return (
    <div className="no-print flex flex-wrap items-center gap-2">
      <Link href={compareHref(slugs, { onlyDiff: !onlyDiff, details: true })} scroll={false} className={ACTION}>
        {onlyDiff ? 'Show all rows' : 'Show only differences'}
      </Link>
      <PrintButton className={ACTION} />
      <p className="text-sm text-slate-700" aria-live="polite">
        {onlyDiff
          ? `Showing the ${shownRows} rows that differ (of ${totalRows}).`
          : `${differingRows} of ${totalRows} rows differ, marked “Differs”.`}
      </p>
    </div>
  );
}
