import type { Metadata } from 'next';
import Link from 'next/link';
import { ConcernLinks } from '@/components/concerns/concern-links';
import { EntryPoints } from '@/components/guide/entry-points';
import { SpecialtyComparison } from '@/components/guide/specialty-comparison';
import { SpecialtyExplainer } from '@/components/guide/specialty-explainer';
import { EventDateForm } from '@/components/planner/event-date-form';
import { NotFoundStatus } from '@/components/ui/not-found-status';
import { PAGE_NOT_FOUND_METADATA, PageNotFound } from '@/components/ui/page-not-found';
import { primaryButton, secondaryButton, textLink } from '@/components/ui/styles';
import { MedicalNotice } from '@/components/layout/medical-notice';
import { SpecialtyContrast } from '@/components/guide/specialty-contrast';
import { getGuideStats } from '@/lib/procedures/figures/guide-stats';
import { getAllProcedureCards } from '@/lib/procedures/list/queries';
import { getConcernCounts } from '@/lib/concerns/queries';
import { isConcern } from '@/lib/concerns/concern-url';

// A catalog page, cached (lib/cache/cached-pages.mjs): rendered on its first request, never at
// build time, and re-rendered after CATALOG_REVALIDATE_SECONDS (Next needs the literal here).
export const revalidate = 30;
export function generateStaticParams() {
  return [];
}

// Served at "/" (next.config.js rewrites it here); "start" is its only section. proxy.ts answers
// /guide/… itself; another section would get the site's 404, rendered here, not by notFound(), so
// the cached HTML carries it (components/ui/not-found-status.tsx).
type GuidePageProps = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: GuidePageProps): Promise<Metadata> {
  return (await params).section === 'start' ? {} : PAGE_NOT_FOUND_METADATA;
}

export default async function GuidePage({ params }: GuidePageProps) {
  if ((await params).section !== 'start') {
    return (
      <>
        <PageNotFound />
        <NotFoundStatus />
      </>
    );
  }
  const [cards, concernCounts] = await Promise.all([getAllProcedureCards(), getConcernCounts()]);
  const stats = getGuideStats(cards);
  const concerns = concernCounts.flatMap(({ value, count }) => (isConcern(value) ? [{ concern: value, count }] : []));
  return (
    <div className="space-y-10">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-4xl">Cosmetic dermatology or plastic surgery?</h1>
        <p className="text-slate-800 sm:text-lg">
          Dermatology treatments are less invasive with a shorter recovery; surgery changes more and lasts longer, with more risk. Across
          the {stats.total} procedures in our catalog:
        </p>
        <SpecialtyContrast specialties={stats.specialties} />
        <div className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-4">
          <p className="flex flex-wrap gap-2">
            <Link href="/procedures" className={primaryButton}>
              Compare options
            </Link>
            <Link href="#concern-heading" className={secondaryButton}>
              Browse by concern
            </Link>
          </p>
          <EventDateForm id="home-event-date" label="I have an event on" />
        </div>
        <MedicalNotice />
      </header>
      <section aria-labelledby="what-heading" className="space-y-4">
        <h2 id="what-heading" className="text-2xl font-semibold text-slate-900">
          What each one is
        </h2>
        <SpecialtyExplainer />
        <p className="max-w-3xl text-sm text-slate-700">
          The line is not strict: some procedures are offered by both specialties. What matters most is that whoever treats you is
          board-certified and experienced in that procedure.
        </p>
      </section>
      <section aria-labelledby="compare-heading" className="space-y-4">
        <h2 id="compare-heading" className="text-2xl font-semibold text-slate-900">
          How invasiveness, downtime, results and risk differ
        </h2>
        <SpecialtyComparison specialties={stats.specialties} />
        <p className="max-w-3xl text-sm text-slate-700">
          Downtime means the time until back to work and normal social life, not full healing. Figures use only procedures whose sources
          report them; the others are left out rather than guessed (see{' '}
          <Link href="/about/data" className={textLink}>
            how we source our data
          </Link>
          ). Risk levels are the catalog&apos;s rating of each procedure&apos;s listed risks:{' '}
          <Link href="/procedures?sort=risk" className={textLink}>
            see them side by side
          </Link>
          .
        </p>
      </section>
      <section aria-labelledby="start-heading" className="space-y-4">
        <h2 id="start-heading" className="text-2xl font-semibold text-slate-900">
          Start from what matters to you
        </h2>
        <EntryPoints />
      </section>
      <section aria-labelledby="concern-heading" className="space-y-4">
        <h2 id="concern-heading" className="text-2xl font-semibold text-slate-900">
          Start from your concern
        </h2>
        <p className="max-w-3xl text-slate-800">
          For one concern, see every option from the lightest to surgery on one page: downtime, how long results last, cost and risk, and a
          map of the trade-off. The number is how many procedures in our catalog list it.
        </p>
        <ConcernLinks concerns={concerns} label="Concerns" />
      </section>
    </div>
  );
}
