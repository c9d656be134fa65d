import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { ConcernLadder } from '@/components/concerns/concern-ladder';
import { CONCERN_NOT_FOUND_METADATA, ConcernNotFound } from '@/components/concerns/concern-not-found';
import { ConcernSummary } from '@/components/concerns/concern-summary';
import { EventDateForm } from '@/components/planner/event-date-form';
import { NotFoundStatus } from '@/components/ui/not-found-status';
import { textLink } from '@/components/ui/styles';
import { CONCERNS_PATH, getConcernLabel, parseConcernSlug, toConcernHref } from '@/lib/concerns/concern-url';
import { getConcernOptions } from '@/lib/concerns/queries';
import { describeRung, summarizeLadder } from '@/lib/concerns/summary';
import { toListHref } from '@/lib/procedures/list/active-filters';

// A catalog page, cached (lib/cache/cached-pages.mjs): rendered on its first request, never at
// build time, and re-rendered after CATALOG_REVALIDATE_SECONDS (Next needs the literal here).
export const revalidate = 30;
export function generateStaticParams() {
  return [];
}

type ConcernPageProps = { params: Promise<{ concern: string }> };

// One read per request, shared by generateMetadata and the page. An id outside the catalog's
// fixed list is a 404 without touching the database; the page renders the message itself, so
// the cached HTML carries it (components/ui/not-found-status.tsx).
const getOptions = cache(async (slug: string) => {
  const concern = parseConcernSlug(slug);
  return concern ? getConcernOptions(concern) : null;
});

const DESCRIPTION_MAX = 160;

export async function generateMetadata({ params }: ConcernPageProps): Promise<Metadata> {
  const options = await getOptions((await params).concern);
  if (!options) return CONCERN_NOT_FOUND_METADATA;
  const label = getConcernLabel(options.concern);
  const facts = summarizeLadder(options.rungs).map(describeRung).join(' ');
  const text = `${label}: options from non-invasive to surgery, compared. ${facts}`;
  const description = text.length <= DESCRIPTION_MAX ? text : `${text.slice(0, text.lastIndexOf(' ', DESCRIPTION_MAX - 1))}…`;
  return {
    title: `${label}: options from skin-deep to surgery`,
    description,
    alternates: { canonical: toConcernHref(options.concern) },
  };
}

export default async function ConcernPage({ params }: ConcernPageProps) {
  const options = await getOptions((await params).concern);
  if (!options) {
    return (
      <>
        <ConcernNotFound />
        <NotFoundStatus />
      </>
    );
  }
  const { concern, rungs, total, shown } = options;
  const label = getConcernLabel(concern);
  const listHref = toListHref({ concern: [concern] });
  return (
    <article className="space-y-10">
      <header className="max-w-3xl space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm">
          <ol className="flex flex-wrap gap-1 text-slate-700">
            <li>
              <Link href={CONCERNS_PATH} className={textLink}>
                Concerns
              </Link>
              <span aria-hidden="true"> /</span>
            </li>
            <li aria-current="page">{label}</li>
          </ol>
        </nav>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{label}: from skin-deep to surgery</h1>
        <p className="text-lg text-slate-800">
          The options in our catalog for {label.toLowerCase()}, from non-invasive to surgical, each with its downtime, how long results
          last, cost and risk level from its sources. Where a source gives no figure, we say &ldquo;not reported&rdquo;.
        </p>
      </header>
      {total === 0 ? (
        <p className="text-slate-800">
          No procedure in our catalog lists {label.toLowerCase()} yet.{' '}
          <Link href="/procedures" className={textLink}>
            Browse every procedure
          </Link>
          .
        </p>
      ) : (
        <>
          <section aria-labelledby="plan-date-heading" className="space-y-2 rounded-lg border border-brand-100 bg-brand-50 p-4">
            <h2 id="plan-date-heading" className="text-lg font-semibold text-slate-900">
              <Link href={`/plan?concern=${concern}`} className={textLink}>
                Have a date? See which of these will be ready
              </Link>
            </h2>
            <EventDateForm id="concern-event-date" label="Your event date" hidden={{ concern }} />
          </section>
          <section aria-labelledby="summary-heading" className="space-y-3">
            <h2 id="summary-heading" className="text-xl font-semibold text-slate-900">
              In short
            </h2>
            <ConcernSummary summaries={summarizeLadder(rungs)} />
            <p className="text-sm text-slate-700">
              Computed from the figures of the {shown} {shown === 1 ? 'option' : 'options'} below; downtime means back to work and normal
              social life, not full healing.
              {shown < total ? ` The first ${shown} of ${total} are shown; see them all in the list.` : null}
            </p>
          </section>
          <ConcernLadder rungs={rungs} />
          {/* The map is one link away, not on this page: it repeats the ladder's figures as a chart
              and its table, and cost about half this page's bytes and a third of its elements. */}
          <section aria-labelledby="map-heading" className="space-y-2">
            <h2 id="map-heading" className="text-xl font-semibold text-slate-900">
              The trade-off map
            </h2>
            <p className="text-slate-800">
              Downtime against how long results last, for these options on one chart:{' '}
              <Link href={toListHref({ concern: [concern], view: 'map' })} className={textLink}>
                see the trade-off map for {label.toLowerCase()}
              </Link>
              .
            </p>
          </section>
        </>
      )}
      <p className="text-sm">
        <Link href={listHref} className={textLink}>
          Filter and sort these options in the full list
        </Link>
      </p>
    </article>
  );
}
