import Link from 'next/link';
import { focusRing, primaryButton, textLink } from '@/components/ui/styles';
import { LIST_PATH, getActiveFilters } from '@/lib/procedures/active-filters';
import { getFilterFormState } from '@/lib/procedures/filter-query';
import { DEFAULT_PAGE_SIZE } from '@/lib/procedures/list-url';
import type { ListParams } from '@/lib/procedures/search-params';
import { ChoiceFieldset } from './choice-fieldset';
import { FilterForm } from './filter-form';
import { getFacetOptions, getRecoveryOptions, getSpecialtyOptions, type FilterCounts } from '@/lib/procedures/filter-options';

export type FilterPanelProps = {
  params: ListParams;
  counts: FilterCounts;
  /** Canonical query of the current view. */
  query: string;
  total: number;
};

const SORT_OPTIONS = [
  { value: 'recovery', label: 'Shortest downtime' },
  { value: 'cost', label: 'Lowest cost' },
  { value: 'risk', label: 'Lowest risk' },
  { value: 'name', label: 'Name (A–Z)' },
] as const;

const inputClass = `mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 ${focusRing}`;

/**
 * The filters, collapsed into a "Filters" disclosure on small screens and always open on wide
 * ones (the ::details-content override), inside one form so they also work without JavaScript.
 */
export function FilterPanel({ params, counts, query, total }: FilterPanelProps) {
  const moreOpen = params.concern.length > 0 || params.area.length > 0;
  const activeCount = getActiveFilters(params).length;
  return (
    <FilterForm
      action={LIST_PATH}
      query={query}
      state={getFilterFormState(params)}
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
          <div>
            <label htmlFor="filter-q" className="text-sm font-semibold text-slate-900">
              Search names, aliases and brands
            </label>
            <input id="filter-q" type="search" name="q" defaultValue={params.q ?? ''} maxLength={100} className={inputClass} />
          </div>
          <ChoiceFieldset
            legend="Ready in at most…"
            description="Downtime: the longest time our sources give until back to work and normal social life (not full healing)."
            name="recoveryMaxDays"
            type="radio"
            options={getRecoveryOptions(params.recoveryMaxDays, counts)}
            selected={[params.recoveryMaxDays === undefined ? '' : String(params.recoveryMaxDays)]}
          />
          <div>
            <label htmlFor="filter-sort" className="text-sm font-semibold text-slate-900">
              Sort by
            </label>
            <select id="filter-sort" name="sort" defaultValue={params.sort} className={inputClass}>
              {SORT_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <ChoiceFieldset
            legend="Specialty"
            name="specialty"
            type="radio"
            options={getSpecialtyOptions(counts)}
            selected={[params.specialty ?? '']}
          />
          <ChoiceFieldset legend="Invasiveness" name="invasiveness" type="checkbox" options={getFacetOptions('invasiveness', params, counts)} selected={params.invasiveness} />
          <ChoiceFieldset legend="Category" name="category" type="checkbox" options={getFacetOptions('category', params, counts)} selected={params.category} />
          <ChoiceFieldset legend="Risk level" name="risk" type="checkbox" options={getFacetOptions('risk', params, counts)} selected={params.risk} />
          <div>
            <label htmlFor="filter-cost" className="text-sm font-semibold text-slate-900">
              Maximum cost (USD)
            </label>
            <p id="filter-cost-description" className="text-xs text-slate-700">
              Compared with the lowest published fee, or the average fee when that is all a source gives.
            </p>
            <input
              id="filter-cost"
              type="number"
              name="costMax"
              inputMode="numeric"
              min={0}
              step={1}
              defaultValue={params.costMax ?? ''}
              aria-describedby="filter-cost-description"
              className={inputClass}
            />
          </div>
          <details open={moreOpen}>
            <summary className={`cursor-pointer text-sm font-semibold text-slate-900 ${focusRing}`}>
              Concern and body area
            </summary>
            <div className="mt-3 space-y-6">
              <ChoiceFieldset legend="Concern" name="concern" type="checkbox" options={getFacetOptions('concern', params, counts)} selected={params.concern} />
              <ChoiceFieldset legend="Body area" name="area" type="checkbox" options={getFacetOptions('area', params, counts)} selected={params.area} />
            </div>
          </details>
          {params.pageSize !== DEFAULT_PAGE_SIZE ? <input type="hidden" name="pageSize" value={params.pageSize} /> : null}
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
