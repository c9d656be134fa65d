import type { Metadata } from 'next';
import { AboutMePanel } from '@/components/cautions/about-me-panel';
import Link from 'next/link';
import { AddProcedureForm } from '@/components/compare/add-procedure-form';
import { CompareEmpty } from '@/components/compare/compare-empty';
import { getProcedureNames } from '@/lib/procedures/list/queries';
import { CompareLegend } from '@/components/compare/compare-legend';
import { CompareNotices } from '@/components/compare/compare-notices';
import { CompareTable } from '@/components/compare/compare-table';
import { CompareToolbar } from '@/components/compare/compare-toolbar';
import { KeyDifferences } from '@/components/compare/key-differences';
import { RecoveryTimeline } from '@/components/compare/recovery-timeline';
import { MIN_COMPARE, compareHref } from '@/lib/compare/url';
import { loadComparison } from '@/lib/compare/load';
import { countRows } from '@/lib/compare/rows';
import { parseCompareParams } from '@/lib/compare/schema';
import { treatmentHref, MAX_TREATMENT } from '@/lib/planner/treatment-url';
import { packHref } from '@/lib/consultation/pack-url';

type ComparePageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: ComparePageProps): Promise<Metadata> {
  const { table } = await loadComparison(parseCompareParams(await searchParams));
  if (table.items.length < MIN_COMPARE) return { title: 'Compare procedures' };
  return {
    title: `Compare ${table.items.map((item) => item.name).join(' vs ')}`,
    // Any id list is a valid URL; only the clean list is worth indexing.
    alternates: { canonical: compareHref(table.items.map((item) => item.slug)) },
  };
}

export default async function ComparePage({ searchParams }: ComparePageProps) {
  const selection = parseCompareParams(await searchParams);
  // The names feed "Add a procedure" (cached: one read a minute, not the whole catalog per request).
  const [comparison, all] = await Promise.all([loadComparison(selection), getProcedureNames()]);
  const { table, shown, differences, key } = comparison;
  const slugs = table.items.map((item) => item.slug);
  const enough = table.items.length >= MIN_COMPARE;
  const fullTableHref = `${compareHref(slugs, { details: true })}#all-details`;
  const notices = comparison.notices.filter((notice) => notice.kind !== 'too_few');
  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold text-slate-900">Compare procedures</h1>
        <p className="max-w-3xl text-slate-700">
          Side by side, each figure from a cited source. “Not reported” means none of our sources gives that figure.
        </p>
      </header>
      <CompareNotices notices={notices} />
      {notices.length > 0 && enough && (
        <p className="text-sm text-slate-700">
          Clean link to this comparison:{' '}
          <Link href={compareHref(slugs, selection)} className="break-all text-brand-700 underline">
            {compareHref(slugs, selection)}
          </Link>
        </p>
      )}
      {enough ? (
        <>
          <KeyDifferences
            rows={key.rows}
            summaries={key.summaries}
            slugs={slugs}
            view={selection}
            detailsHref={selection.details ? '#all-details' : fullTableHref}
          />
          <section id="all-details" aria-labelledby="all-details-heading" className="scroll-mt-4 space-y-5">
            <h2 id="all-details-heading" className="text-lg font-semibold text-slate-900">
              All details and sources
            </h2>
            {selection.details ? (
              <>
                <AboutMePanel />
                <CompareToolbar
                  slugs={slugs}
                  onlyDiff={selection.onlyDiff}
                  shownRows={countRows(shown.groups)}
                  totalRows={countRows(table.groups)}
                  differingRows={differences.length}
                />
              </>
            ) : (
              // The full table is one link away: on a phone it is most of the page's weight, and
              // the key differences above answer first.
              <p>
                <Link href={fullTableHref} className="text-link">
                  Show all {countRows(table.groups)} rows
                </Link>{' '}
                <span className="text-slate-700">
                  ({differences.length} differ): every figure with the quote it comes from, side effects and risks, health cautions, and who
                  performs it.
                </span>
              </p>
            )}
            <p className="no-print text-sm">
              <Link href={packHref(slugs)} className="font-medium text-brand-700 underline underline-offset-2">
                Consultation pack
              </Link>{' '}
              <span className="text-slate-700">to print: these procedures, questions to ask, credential checks and room for notes.</span>
            </p>
            {slugs.length <= MAX_TREATMENT ? (
              <p className="no-print text-sm">
                <Link href={treatmentHref(slugs)} className="font-medium text-brand-700 underline underline-offset-2">
                  Plan these as one treatment
                </Link>{' '}
                <span className="text-slate-700">towards a date: the order, the spacing and the latest day to book each.</span>
              </p>
            ) : null}
            {selection.details ? (
              <>
                <RecoveryTimeline timeline={comparison.timeline} />
                <CompareLegend />
                <CompareTable table={shown} onlyDiff={selection.onlyDiff} />
              </>
            ) : null}
            <AddProcedureForm chosen={table.items} all={all} />
          </section>
        </>
      ) : (
        <>
          <CompareEmpty items={table.items} />
          <AddProcedureForm chosen={table.items} all={all} />
        </>
      )}
    </div>
  );
}
