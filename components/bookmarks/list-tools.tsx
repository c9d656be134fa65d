import Link from 'next/link';
import { bookmarksHref } from '@/lib/bookmarks/page-params';
import type { BookmarkSort } from '@/lib/bookmarks/schema';
import { focusRing, textLink } from '@/components/ui/styles';

const SORT_LABELS: Record<BookmarkSort, string> = { date: 'Date saved', downtime: 'Recovery time' };

/** Sort lives in the URL, so a sorted list survives reloads and works without JavaScript. */
export function SortLinks({ sort }: { sort: BookmarkSort }) {
  return (
    <nav aria-label="Sort saved procedures" className="flex flex-wrap items-center gap-1 text-sm">
      <span className="mr-1 text-slate-700">Sort by</span>
      {(Object.keys(SORT_LABELS) as BookmarkSort[]).map((key) => (
        <Link
          key={key}
          href={bookmarksHref({ sort: key })}
          aria-current={key === sort ? 'true' : undefined}
          className={`inline-flex min-h-11 items-center rounded-md px-3 ${focusRing} ${
            key === sort ? 'bg-brand-700 font-semibold text-white' : 'text-brand-800 underline underline-offset-2 hover:bg-brand-50'
          }`}
        >
          {SORT_LABELS[key]}
        </Link>
      ))}
    </nav>
  );
}

/** Downloads of the visitor's own list, notes included: their backup, no account needed. */
export function ExportLinks() {
  return (
    <section aria-labelledby="export-heading" className="space-y-2">
      <h2 id="export-heading" className="text-base font-semibold text-slate-900">
        Keep a copy
      </h2>
      <p className="text-sm text-slate-700">Your list lives in this browser. Download it, with your notes:</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <li>
          <a href="/api/bookmarks/export?format=csv" download className={textLink}>
            Spreadsheet (CSV)
          </a>
        </li>
        <li>
          <a href="/api/bookmarks/export?format=json" download className={textLink}>
            Data file (JSON)
          </a>
        </li>
      </ul>
    </section>
  );
}
