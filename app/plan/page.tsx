import type { Metadata } from 'next';
import Link from 'next/link';
import { AboutMePanel } from '@/components/cautions/about-me-panel';
import { BookmarkToggle } from '@/components/bookmarks/bookmark-toggle';
import { AddToCompareButton } from '@/components/compare/add-to-compare-button';
import { FocusResults } from '@/components/planner/focus-results';
import { PlanForm } from '@/components/planner/plan-form';
import { planLine } from '@/components/planner/plan-line';
import { PlanNotices } from '@/components/planner/plan-notices';
import { PlanOption } from '@/components/planner/plan-option';
import { ON_REQUEST, PlanResults } from '@/components/planner/plan-results';
import { PlanSummary } from '@/components/planner/plan-summary';
import { TreatmentPlan } from '@/components/planner/treatment-plan';
import { textLink } from '@/components/ui/styles';
import { createPlan } from '@/lib/planner/plan';
import { getPlannerProcedures } from '@/lib/planner/queries';
import { parsePlanParamsLenient, toPlanSearchString, type PlanParams } from '@/lib/planner/schema';
import { humanize } from '@/lib/procedures/labels';
import { HydrateLater } from '@/components/ui/hydrate-later';

export const metadata: Metadata = {
  title: 'Plan around a date',
  description: 'Have an event coming up? See which cosmetic procedures will be ready by your date, and the latest day to have each done.',
};

type PlanPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const RESULTS_ID = 'plan-results';

/** The same plan with one on-request list shown (or none), landing on it. */
const listHref = (params: PlanParams, show: PlanParams['show'], anchor: string) =>
  `/plan${toPlanSearchString({ ...params, show })}#${anchor}`;

export default async function PlanPage({ searchParams }: PlanPageProps) {
  const { params, notices } = parsePlanParamsLenient(await searchParams);
  const procedures = await getPlannerProcedures();
  // "Today" is the visitor's calendar day (params.tz), computed from the request time.
  const plan = createPlan(procedures, params, { now: new Date(), notices });
  const bySlug = new Map(procedures.map((procedure) => [procedure.slug, procedure]));
  const names = new Map(procedures.map((procedure) => [procedure.slug, procedure.name]));
  const onRequest = plan.options.filter((option) => ON_REQUEST.has(option.section)).length;
  const focus = params.procedure ? plan.options.find((option) => option.slug === params.procedure) : undefined;
  const focusDetail = focus ? bySlug.get(focus.slug) : undefined;
  const wish = [...params.concern, ...params.area].map((value) => humanize(value).toLowerCase()).join(' or ');

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">Plan around a date</h1>
        <p className="max-w-3xl text-slate-800">
          Tell us your date and what you want to treat. We show what will be ready in time, the latest day to have each done, and why.
        </p>
      </header>
      <PlanNotices notices={plan.notices} withoutDateHref={plan.withoutDateHref} />
      {plan.needsDate || params.edit ? (
        <section aria-label="Your plan" className="max-w-2xl">
          <HydrateLater>
            <PlanForm key={toPlanSearchString(params)} params={params} />
          </HydrateLater>
        </section>
      ) : (
        <>
          <p className="rounded-lg border border-slate-200 bg-white p-3 font-medium text-slate-900 shadow-sm" data-plan-change="">
            {`${planLine(params)} — `}
            <Link href={`/plan${toPlanSearchString({ ...params, edit: true })}`} className={textLink}>
              Change<span className="sr-only"> your plan</span>
            </Link>
          </p>
          <section id={RESULTS_ID} tabIndex={-1} aria-labelledby="plan-results-heading" className="scroll-mt-4 space-y-6 outline-none">
            <FocusResults targetId={RESULTS_ID} />
            <h2 id="plan-results-heading" className="text-xl font-bold text-slate-900">
              What will be ready{wish ? ` for ${wish}` : ''}
            </h2>
            {focus && focusDetail ? (
              <div data-focus={focus.slug}>
                <h3 className="mb-2 font-semibold text-slate-900">The procedure you asked about</h3>
                <PlanOption option={focus} procedure={focusDetail} eventDate={params.eventDate} />
              </div>
            ) : null}
            {plan.treatment ? (
              <TreatmentPlan plan={plan.treatment} calendarHref={`/api/plan/calendar${toPlanSearchString(params)}`} />
            ) : null}
            <PlanSummary plan={plan} eventDate={params.eventDate} readiness={params.readiness} names={names} />
            <HydrateLater>
              <PlanResults
                plan={plan}
                procedures={bySlug}
                eventDate={params.eventDate}
                showLate={params.show === 'late'}
                renderActions={(option) => (
                  <>
                    <AddToCompareButton slug={option.slug} name={option.name} />
                    <BookmarkToggle slug={option.slug} name={option.name} />
                  </>
                )}
              />
            </HydrateLater>
            <ul className="space-y-1 text-sm">
              {onRequest > 0 && params.show !== 'late' ? (
                <li>
                  <Link href={listHref(params, 'late', 'plan-section-too_late')} className={textLink}>
                    Show the {onRequest} that can’t be ready in time or don’t fit, with reasons
                  </Link>
                </li>
              ) : null}
              {plan.others.length > 0 ? (
                <li>
                  {params.show === 'other' ? (
                    <OtherProcedures others={plan.others} wish={wish} />
                  ) : (
                    <Link href={listHref(params, 'other', 'plan-others')} className={textLink}>
                      List the {plan.others.length} procedures that don’t treat {wish}
                    </Link>
                  )}
                </li>
              ) : null}
            </ul>
          </section>
          <AboutMePanel />
        </>
      )}
      <p className="text-sm">
        <Link href="/about/planner" className={textLink}>
          How we rank, and what “ready by your date” waits for
        </Link>
      </p>
    </div>
  );
}

function OtherProcedures({ others, wish }: { others: { slug: string; name: string }[]; wish: string }) {
  return (
    <section id="plan-others" aria-labelledby="plan-others-heading">
      <h3 id="plan-others-heading" className="font-semibold text-slate-900">
        Not ranked: they don’t treat {wish} ({others.length})
      </h3>
      <ul className="mt-1 list-disc pl-5">
        {others.map((other) => (
          <li key={other.slug}>
            <Link href={`/procedures/${other.slug}`} className={textLink}>
              {other.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
