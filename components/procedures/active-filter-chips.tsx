import Link from 'next/link';
import { focusRing, textLink } from '@/components/ui/styles';
import type { ActiveFilter } from '@/lib/procedures/list/active-filters';

export type ActiveFilterChipsProps = {
  filters: ActiveFilter[];
  /** The same view with every filter removed. */
  clearHref: string;
};

/** Active filters as links to the same view without that value: they work without JavaScript. */
export function ActiveFilterChips({ filters, clearHref }: ActiveFilterChipsProps) {
  if (filters.length === 0) return null;
  return (
    <section aria-labelledby="active-filters-heading" className="flex flex-wrap items-center gap-2">
      <h2 id="active-filters-heading" className="text-sm font-semibold text-slate-900">
        Active filters:
      </h2>
      <ul className="flex flex-wrap gap-2">
        {filters.map((filter) => (
          <li key={filter.key}>
            <Link
              href={filter.href}
              scroll={false}
              className={`inline-flex items-center gap-1.5 rounded-full border border-brand-600 bg-brand-50 px-3 py-1 text-sm text-brand-800 hover:bg-brand-100 ${focusRing}`}
            >
              <span className="sr-only">Remove filter:</span> {filter.label}
              <span aria-hidden="true" className="text-base leading-none">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Link href={clearHref} scroll={false} className={`text-sm ${textLink}`}>
        Clear all filters
      </Link>
    </section>
  );
}
