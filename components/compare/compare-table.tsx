import Link from 'next/link';
import { BookmarkToggle } from '@/components/bookmarks/bookmark-toggle';
import { useId } from 'react';
import type { ComparisonTable } from '@/lib/compare/types';
import { compareHref } from '@/lib/compare/url';
import { CompareRow } from './compare-row';

export type CompareTableProps = { table: ComparisonTable; onlyDiff: boolean };

// The label column stays put (sticky left) while procedures scroll past it on narrow screens; on
// wide screens everything fits and the header sticks to the viewport. No inner vertical scroll
// box: the page scrolls. The wrapper is positioned so the screen-reader-only and status elements
// inside it (absolutely positioned) cannot escape it and widen the page. Each procedure gets at
// least 11rem so values stay readable rather than squeezed.
const LABEL_WIDTH = 'w-32 sm:w-48';
const MIN_TABLE_WIDTH: Record<number, string> = { 2: 'min-w-[30rem]', 3: 'min-w-[41rem]', 4: 'min-w-[52rem]' };

export function CompareTable({ table, onlyDiff }: CompareTableProps) {
  const captionId = useId();
  const { items, groups } = table;
  const slugs = items.map((item) => item.slug);
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      // Focusable so keyboard users can scroll it sideways on a phone.
      tabIndex={0}
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-700 xl:overflow-visible print:overflow-visible print:border-0"
    >
      <table className={`w-full table-fixed border-separate border-spacing-0 text-sm print:min-w-0 ${MIN_TABLE_WIDTH[items.length] ?? ''}`}>
        <caption id={captionId} className="sr-only">
          {`Comparison of ${items.map((item) => item.name).join(', ')}${onlyDiff ? ', showing only rows that differ' : ''}`}
        </caption>
        <colgroup>
          <col className={LABEL_WIDTH} />
          {items.map((item) => (
            <col key={item.slug} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className="sticky left-0 top-0 z-30 border-b border-r border-slate-300 bg-white print:static" />
            {items.map((item) => (
              <th
                key={item.slug}
                scope="col"
                className="sticky top-0 z-20 border-b border-slate-300 bg-white p-2 text-left align-bottom sm:p-3 print:static"
              >
                <Link href={`/procedures/${item.slug}`} className="font-semibold text-brand-800 underline-offset-2 hover:underline">
                  {item.name}
                </Link>
                <Link
                  href={compareHref(
                    slugs.filter((slug) => slug !== item.slug),
                    { onlyDiff, details: true },
                  )}
                  scroll={false}
                  className="no-print mt-1 block text-xs font-normal text-slate-700 underline underline-offset-2 hover:text-slate-900"
                >
                  Remove <span className="sr-only">{item.name}</span> from comparison
                </Link>
                <div className="no-print mt-1">
                  <BookmarkToggle slug={item.slug} name={item.name} />
                </div>
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.id}>
            <tr>
              <th
                scope="rowgroup"
                colSpan={items.length + 1}
                className="border-b border-slate-300 bg-slate-100 p-0 text-left text-sm font-semibold text-slate-900"
              >
                {/* Sticky inside the full-width cell so the group name stays in view when scrolled sideways. */}
                <span className="sticky left-0 inline-block px-3 py-2">{group.label}</span>
              </th>
            </tr>
            {group.rows.map((row) => (
              <CompareRow key={row.id} row={row} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
