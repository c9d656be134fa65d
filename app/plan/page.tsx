import type { Metadata } from 'next';
import { AboutMePanel } from '@/components/cautions/about-me-panel';
import { BookmarkToggle } from '@/components/bookmarks/bookmark-toggle';
import { AddToCompareButton } from '@/components/compare/add-to-compare-button';
import { HowWeRank } from '@/components/planner/how-we-rank';
import { PlanForm } from '@/components/planner/plan-form';
import { PlanNotices } from '@/components/planner/plan-notices';
import { PlanResults } from '@/components/planner/plan-results';
import { PlanSummary } from '@/components/planner/plan-summary';
import { TreatmentPlan } from '@/components/planner/treatment-plan';
import { textLink } from '@/components/ui/styles';
import { createPlan } from '@/lib/planner/plan';
import { getPlannerProcedures } from '@/lib/planner/queries';
import { parsePlanParamsLenient, toPlanSearchString } from '@/lib/planner/schema';

export const metadata: Metadata = {
  title: 'Plan around a date',
  description:
    'Have an event coming up? See which cosmetic procedures fit your date, your days off and your budget, and the latest day to have each done.',
};

type PlanPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PlanPage({ searchParams }: PlanPageProps) {
  const { params, notices } = parsePlanParamsLenient(await searchParams);
  const procedures = await getPlannerProcedures();
  // "Today" is the visitor's calendar day (params.tz), computed from the request time.
  const plan = createPlan(procedures, params, { now: new Date(), notices });
  const bySlug = new Map(procedures.map((procedure) => [procedure.slug, procedure]));
  const names = new Map(procedures.map((procedure) => [procedure.slug, procedure.name]));

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">Plan around a date</h1>
        <p className="max-w-3xl text-slate-800">
          Tell us your date, how many days off you can take and what matters to you. We rank every procedure by fit, say why, and work out
          the latest day to have each done. Everything is optional.
        </p>
      </header>
      <AboutMePanel />
      <PlanNotices notices={plan.notices} withoutDateHref={plan.withoutDateHref} />
      <div className="grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)] lg:items-start">
        <section aria-label="Your plan" className="space-y-2">
          <a href="#plan-options" className={`${textLink} text-sm lg:hidden`}>
            Skip to your options ({plan.options.length})
          </a>
          {/* Remount on every new URL so the inputs show the plan on screen (back/forward included). */}
          <PlanForm key={toPlanSearchString(params)} params={params} />
        </section>
        <section id="plan-options" aria-label="Your options" className="min-w-0 scroll-mt-4 space-y-6">
          {plan.treatment ? <TreatmentPlan plan={plan.treatment} calendarHref={`/api/plan/calendar${toPlanSearchString(params)}`} /> : null}
          <PlanSummary plan={plan} eventDate={params.eventDate} readiness={params.readiness} names={names} />
          <PlanResults
            plan={plan}
            procedures={bySlug}
            eventDate={params.eventDate}
            renderActions={(option) => (
              <>
                <AddToCompareButton slug={option.slug} name={option.name} />
                <BookmarkToggle slug={option.slug} name={option.name} />
              </>
            )}
          />
          <HowWeRank />
        </section>
      </div>
    </div>
  );
}
