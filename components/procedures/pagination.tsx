import Link from 'next/link';
import { focusRing } from '@/components/ui/styles';

export type PaginationProps = {
  page: number;
  pageCount: number;
  /** The link for a page number (the rest of the view unchanged). */
  hrefFor: (page: number) => string;
};

/** Page numbers to show: first, last, and the current page's neighbours, with gaps as null. */
export function getPageWindow(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - (sorted[i - 1] as number) > 1 ? [null, n] : [n]));
}

const itemClass = `inline-flex min-w-10 items-center justify-center rounded-md border px-3 py-2 text-sm ${focusRing}`;

export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link
              href={hrefFor(page - 1)}
              rel="prev"
              className={`${itemClass} border-slate-300 bg-white text-slate-800 hover:bg-slate-100`}
            >
              Previous
            </Link>
          </li>
        ) : null}
        {getPageWindow(page, pageCount).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-700">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={hrefFor(n)}
                aria-current={n === page ? 'page' : undefined}
                aria-label={`Page ${n}`}
                className={`${itemClass} ${n === page ? 'border-brand-700 bg-brand-700 font-semibold text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100'}`}
              >
                {n}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link
              href={hrefFor(page + 1)}
              rel="next"
              className={`${itemClass} border-slate-300 bg-white text-slate-800 hover:bg-slate-100`}
            >
              Next
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
