import Link from 'next/link';
import { focusRing, primaryButton, textLink } from '@/components/ui/styles';
import { LIST_PATH, getActiveFilters } from '@/lib/procedures/list/active-filters';
import { itemsOf, type ListRegistry, type PanelSection } from '@/lib/procedures/list/filter-kinds';
import type { FilterCounts } from '@/lib/procedures/list/filter-options';
import { getFilterFormState } from '@/lib/procedures/list/filter-query';
import { LIST_REGISTRY, SORT_KEYS, SORT_LABELS } from '@/lib/procedures/list/filter-registry';
import { DEFAULT_PAGE_SIZE } from '@/lib/procedures/list/list-url';
import type { ListParams } from '@/lib/procedures/list/search-params';
import { ConcernLinks } from '@/components/concerns/concern-links';
import { CONCERNS_PATH } from '@/lib/concerns/concern-url';
import type { Concern } from '@/lib/procedures/constants';
import { FilterControl, filterInputClass } from './filter-control';
import { FilterForm } from './filter-form';

export type FilterPanelProps = {
  params: ListParams;
  counts: FilterCounts;
  /** Canonical query of the current view. */
  query: string;
  total: number;
  registry?: ListRegistry;
};

const SORT_OPTIONS = SORT_KEYS.map((value) => ({ value, label: SORT_LABELS[value] }));

/** From the concern filter to the concern pages: the chosen concerns' pages, or all of them. */
function ConcernPagesNote({ selected }: { selected: readonly Concern[] }) {
  return (
    <div className="space-y-2 text-sm text-slate-800">
      <p>
        Each concern has a page with its options from non-invasive to surgery, and a trade-off map.{' '}
        {selected.length === 0 ? (
          <Link href={CONCERNS_PATH} className={textLink}>
            See every concern
          </Link>
        ) : null}
      </p>
      {selected.length > 0 ? (
        <ConcernLinks concerns={selected.map((concern) => ({ concern }))} label="Pages for the chosen concerns" />
      ) : null}
    </div>
  );
}

/**
 * The filters, collapsed into a "Filters" disclosure on small screens and always open on wide
 * ones (the ::details-content override), inside one form so they also work without JavaScript.
 * Each filter's control comes from its registry record, placed by its panel section: the
 * headline filters, the sort order, the narrowing filters, then the collapsed ones.
 */
export function FilterPanel({ params, counts, query, total, registry = LIST_REGISTRY }: FilterPanelProps) {
  const values: Readonly<Record<string, unknown>> = params;
  const inSection = (section: PanelSection) => registry.filters.filter((filter) => filter.panel.section === section);
  const controls = (section: PanelSection) =>
    inSection(section).map((filter) => <FilterControl key={filter.key} filter={filter} params={params} counts={counts} />);
  const more = inSection('more');
  const moreOpen = more.some((filter) => itemsOf(values[filter.key]).length > 0);
  const activeCount = getActiveFilters(params, registry).length;
  return (
    <FilterForm
      action={LIST_PATH}
      query={query}
      url={registry.url}
      state={getFilterFormState(params, registry)}
      resultText={`${total} ${total === 1 ? 'procedure matches' : 'procedures match'} these filters.`}
    >
      <details className="group rounded-lg border border-slate-200 bg-white lg:border-0 lg:bg-transparent lg:[&::details-content]:[content-visibility:visible] lg:[&::details-content]:block">
        <summary
          className={`flex cursor-pointer list-none items-center justify-between rounded-lg px-4 py-3 font-semibold text-slate-900 lg:hidden [&::-webkit-details-marker]:hidden ${focusRing}`}
        >
          <span>
            Filters
            {activeCount > 0 ? <span className="ml-2 text-sm font-normal text-slate-700">({activeCount} active)</span> : null}
          </span>
          <span aria-hidden="true" className="text-sm text-slate-700 group-open:rotate-180">
            ▾
          </span>
        </summary>
        <div className="space-y-6 border-t border-slate-200 p-4 lg:border-0 lg:p-0">
          {controls('headline')}
          <div>
            <label htmlFor="filter-sort" className="text-sm font-semibold text-slate-900">
              Sort by
            </label>
            <select id="filter-sort" name="sort" defaultValue={params.sort} className={filterInputClass}>
              {SORT_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          {controls('narrow')}
          {more.length > 0 ? (
            <details open={moreOpen}>
              <summary className={`cursor-pointer text-sm font-semibold text-slate-900 ${focusRing}`}>Concern and body area</summary>
              <div className="mt-3 space-y-6">
                {controls('more')}
                <ConcernPagesNote selected={params.concern} />
              </div>
            </details>
          ) : null}
          {params.pageSize !== DEFAULT_PAGE_SIZE ? <input type="hidden" name="pageSize" value={params.pageSize} /> : null}
          {params.view !== 'list' ? <input type="hidden" name="view" value={params.view} /> : null}
          <div className="flex flex-wrap items-center gap-4">
            <button type="submit" className={primaryButton}>
              Apply filters
            </button>
            <Link href={LIST_PATH} className={`text-sm ${textLink}`}>
              Reset
            </Link>
          </div>
        </div>
      </details>
    </FilterForm>
  );
}
