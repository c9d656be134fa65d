import Link from 'next/link';
import { textLink } from '@/components/ui/styles';

export type PageOutOfRangeProps = { page: number; pageCount: number; href: string };

/** A shared or stale link to a page past the end: say so and offer the last page. */
export function PageOutOfRange({ page, pageCount, href }: PageOutOfRangeProps) {
  return (
    <div role="status" className="rounded-lg border border-slate-300 bg-white p-6 text-slate-800">
      <p>
        There is no page {page}: these results end at page {pageCount}.{' '}
        <Link href={href} className={textLink}>
          Go to page {pageCount}
        </Link>
      </p>
    </div>
  );
}
