import type { Metadata } from 'next';
import Link from 'next/link';
import { CoverageTable } from '@/components/about/coverage-table';
import { FigureDefinitions } from '@/components/about/figure-definitions';
import { HowWeRank } from '@/components/planner/how-we-rank';
import { NotFoundStatus } from '@/components/ui/not-found-status';
import { PAGE_NOT_FOUND_METADATA, PageNotFound } from '@/components/ui/page-not-found';
import { textLink } from '@/components/ui/styles';
import { formatIsoDate } from '@/lib/procedures/figures/card-format';
import { SOURCE_KINDS } from '@/lib/procedures/constants';
import { COVERAGE_FLOORS, COVERAGE_TARGETS, OLD_AFTER_YEARS, getCoverage } from '@/lib/procedures/figures/coverage';
import { SOURCE_KIND_LABELS } from '@/lib/procedures/labels';
import { getAllProcedureDetails } from '@/lib/procedures/list/queries';

// A catalog page, cached (lib/cache/cached-pages.mjs): rendered on its first request, never at
// build time, and re-rendered after CATALOG_REVALIDATE_SECONDS (Next needs the literal here).
export const revalidate = 30;

// /about/data and /about/planner.
type AboutPageProps = { params: Promise<{ topic: string }> };
export function generateStaticParams() {
  return [];
}

const TOPICS: Record<string, Metadata> = {
  data: {
    title: 'How we source our data',
    description: 'What each figure means, how sources are chosen and ranked, their years, and how complete the catalog is.',
  },
  planner: {
    title: 'How the planner ranks',
    description: 'What "ready by your date" waits for, our lead time and safety margin, and how options are ranked.',
  },
};

export async function generateMetadata({ params }: AboutPageProps): Promise<Metadata> {
  const { topic } = await params;
  return Object.hasOwn(TOPICS, topic) ? TOPICS[topic]! : PAGE_NOT_FOUND_METADATA;
}

const KIND_NOTES: Record<(typeof SOURCE_KINDS)[number], string> = {
  professional_society: 'ASPS, The Aesthetic Society, AAD, ASDS and their patient pages.',
  government_health_service: 'NHS, MedlinePlus and other public health services.',
  academic_medical_centre: 'Cleveland Clinic, Mayo Clinic, university hospitals.',
  peer_reviewed: 'Journal articles and reviews.',
  fda: 'FDA labels, decision summaries and consumer pages.',
  statistics_report: 'ASPS and Aesthetic Society procedure statistics.',
  copy: 'A mirror of one of the above, used when the original is not reachable; it names the original.',
  commercial_cost_survey:
    'A lender’s national cost survey (e.g. CareCredit): for fees only, ranked below the societies and above practice pages.',
  physician_practice:
    'A doctor’s practice page: the last resort, used only when nothing above gives the figure, and shown as weaker evidence.',
};

export default async function AboutPage({ params }: AboutPageProps) {
  const { topic } = await params;
  if (topic === 'planner') return <HowWeRank />;
  if (topic !== 'data') {
    // Rendered here, not by notFound(), so the cached HTML carries it (components/ui/not-found-status.tsx).
    return (
      <>
        <PageNotFound />
        <NotFoundStatus />
      </>
    );
  }
  const procedures = await getAllProcedureDetails();
  const report = getCoverage(procedures, COVERAGE_FLOORS, new Date(), COVERAGE_TARGETS);
  const years = procedures.flatMap((p) => (p.cost?.year ? [p.cost.year] : []));
  const byName = [...procedures].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return (
    <article className="max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-slate-900">How we source our data</h1>
        <p className="text-lg text-slate-800">
          Every number in the catalog names its source and quotes the words that locate it there. Where no source we trust gives a number,
          we say “not reported” and record what we searched: we never estimate.
        </p>
      </header>

      <section aria-labelledby="figures-heading" className="space-y-3">
        <h2 id="figures-heading" className="text-2xl font-semibold text-slate-900">
          What each figure means
        </h2>
        <p className="text-slate-800">
          “Recovery” means different things in different sources, so we keep four milestones apart and never mix them: downtime, looking
          normal again, back to exercise and the final result.
        </p>
        <FigureDefinitions />
      </section>

      <section aria-labelledby="sources-heading" className="space-y-3">
        <h2 id="sources-heading" className="text-2xl font-semibold text-slate-900">
          How sources are chosen and ranked
        </h2>
        <p className="text-slate-800">
          For each figure we take the strongest kind of source that gives it, in this order, and the newest figure within a kind. The number
          beside each kind is how many figures in the catalog rest on it.
        </p>
        <ol className="list-decimal space-y-1 pl-5 text-slate-800">
          {report.byKind.map(({ kind, figures }) => (
            <li key={kind} data-kind={kind}>
              <strong>{SOURCE_KIND_LABELS[kind]}</strong> ({figures}): {KIND_NOTES[kind]}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="years-heading" className="space-y-3">
        <h2 id="years-heading" className="text-2xl font-semibold text-slate-900">
          The years of the figures
        </h2>
        <p className="text-slate-800">
          {years.length === 0
            ? 'No cost in the catalog has a year yet.'
            : `Costs are from ${Math.min(...years)} to ${Math.max(...years)}; each cost shows its own year, and compare shows it beside every price.`}{' '}
          {report.old.length} figures rest on sources more than {OLD_AFTER_YEARS} years old; they are the first we re-check.
        </p>
      </section>

      <section aria-labelledby="coverage-heading" className="space-y-3">
        <h2 id="coverage-heading" className="text-2xl font-semibold text-slate-900">
          How complete the catalog is
        </h2>
        <CoverageTable report={report} />
        <details className="space-y-2">
          <summary className="cursor-pointer font-medium text-brand-800 focus-ring">
            For researchers: the floors and targets we hold it to
          </summary>
          <CoverageTable report={report} withTargets />
        </details>
      </section>

      <section aria-labelledby="reviewed-heading" className="space-y-3">
        <h2 id="reviewed-heading" className="text-2xl font-semibold text-slate-900">
          When each procedure was last reviewed
        </h2>
        <div role="region" aria-label="Review dates" tabIndex={0} className="overflow-x-auto focus-ring">
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr>
                <th scope="col" className="px-3 py-2 text-left">
                  Procedure
                </th>
                <th scope="col" className="px-3 py-2 text-left">
                  Last reviewed
                </th>
                <th scope="col" className="px-3 py-2 text-left">
                  Figures not reported
                </th>
              </tr>
            </thead>
            <tbody>
              {byName.map((p) => (
                <tr key={p.slug} className="border-t border-slate-200">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    <Link href={`/procedures/${p.slug}`} className={textLink}>
                      {p.name}
                    </Link>
                  </th>
                  <td className="px-3 py-2">
                    <time dateTime={p.lastReviewed}>{formatIsoDate(p.lastReviewed)}</time>
                  </td>
                  <td className="px-3 py-2">{Object.keys(p.gaps).length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}
