import type { Metadata } from 'next';
import { TradeoffSection } from '@/components/map/tradeoff-section';
import { ViewSwitch } from '@/components/map/view-switch';
import { HydrateLater } from '@/components/ui/hydrate-later';
import { AboutMePanel } from '@/components/cautions/about-me-panel';
import { ActiveFilterChips } from '@/components/procedures/active-filter-chips';
import { EmptyResults } from '@/components/procedures/empty-results';
import { FilterPanel } from '@/components/procedures/filter-panel';
import { Pagination } from '@/components/procedures/pagination';
import { ParamNotices } from '@/components/procedures/param-notices';
import { ProcedureGrid } from '@/components/procedures/procedure-grid';
import { ResultsHeader } from '@/components/procedures/results-header';
import { PageOutOfRange } from '@/components/procedures/page-out-of-range';
import { clearAllFilters, getActiveFilters, toListHref } from '@/lib/procedures/list/active-filters';
import { getEmptyResultCounts, getListWithCounts } from '@/lib/procedures/list/list-counts';
import { getNoticeText } from '@/lib/procedures/list/notice-text';
import { MAX_PAGE_SIZE, toSearchString } from '@/lib/procedures/list/list-url';
import { toLadderItem } from '@/lib/concerns/ladder';
import { parseListParamsLenient } from '@/lib/procedures/list/search-params';

// Rendered per request (searchParams), from the URL alone: no cookies or per-visitor state,
// so the same URL always gives the same page and a CDN may cache it.

export const metadata: Metadata = {
  title: 'Find a procedure by recovery time, cost and risk',
  description:
    'Filter cosmetic procedures by how soon you can be back to normal, invasiveness, specialty, risk, cost, concern and body area.',
};

type ListPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProceduresPage({ searchParams }: ListPageProps) {
  const raw = await searchParams;
  const { params, notices } = parseListParamsLenient(raw);
  const map = params.view === 'map';
  // The map shows every match on one chart (up to the largest page), in the chosen sort order.
  const { list, unreported, anyRecovery } = await getListWithCounts(
    map ? { ...params, view: 'list', page: 1, pageSize: MAX_PAGE_SIZE } : params,
  );
  const active = getActiveFilters(params);
  const cleared = clearAllFilters(params);
  const empty = list.total === 0 ? await getEmptyResultCounts(params) : { hints: [], clearCount: 0 };

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">Find a procedure</h1>
        <p className="max-w-3xl text-slate-800">
          Start with how soon you need to be back to normal, then narrow by invasiveness, risk, cost and what you want to treat. Figures
          come from the sources cited on each procedure; where they give none, we say so.
        </p>
      </header>
      <AboutMePanel />
      <ParamNotices notices={notices.map((notice) => getNoticeText(notice, raw[notice.field]))} />
      <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)] lg:items-start">
        <section aria-label="Filters" className="lg:sticky lg:top-4">
          <HydrateLater>
            <FilterPanel
              params={params}
              query={toSearchString({ ...params, page: 1 })}
              total={list.total}
              counts={{ facets: list.facets, anyRecovery, total: list.total }}
            />
          </HydrateLater>
        </section>
        <section aria-labelledby="results-heading" className="min-w-0 space-y-4">
          <ResultsHeader total={list.total} page={list.page} pageCount={list.pageCount} pageSize={list.pageSize} unreported={unreported} />
          <ViewSwitch
            current={params.view}
            hrefs={{ list: toListHref({ ...params, view: 'list' }), map: toListHref({ ...params, view: 'map', page: 1 }) }}
          />
          <ActiveFilterChips filters={active} clearHref={toListHref(cleared)} />
          {list.total === 0 ? (
            <EmptyResults hints={empty.hints} clearHref={toListHref(cleared)} clearCount={empty.clearCount} />
          ) : list.items.length === 0 ? (
            <PageOutOfRange page={list.page} pageCount={list.pageCount} href={toListHref({ ...params, page: list.pageCount })} />
          ) : map ? (
            <TradeoffSection
              items={list.items.map(toLadderItem)}
              id="list-map"
              title="Downtime against how long results last, for the procedures matching these filters"
              tableCaption="The procedures on the map, as a table"
            />
          ) : (
            <ProcedureGrid procedures={list.items} />
          )}
          {map ? (
            list.total > list.items.length ? (
              <p className="text-sm text-slate-800">
                The map shows the first {list.items.length} of {list.total} in this sort order; narrow the filters to see the rest.
              </p>
            ) : null
          ) : (
            <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(page) => toListHref({ ...params, page })} />
          )}
        </section>
      </div>
    </div>
  );
}
