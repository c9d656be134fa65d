import type { Metadata } from 'next';
import { MedicalNotice } from '@/components/layout/medical-notice';
import Link from 'next/link';
import { RightForMe } from '@/components/cautions/right-for-me';
import { ProcedureActions } from '@/components/procedures/procedure-actions';
import { cache } from 'react';
import { ProcedureQuestions } from '@/components/consultation/procedure-questions';
import { ProcedureConcerns } from '@/components/concerns/procedure-concerns';
import { AtAGlance } from '@/components/procedures/detail/at-a-glance';
import { LessDowntime } from '@/components/procedures/detail/less-downtime';
import { NamesAndUses } from '@/components/procedures/detail/names-and-uses';
import { ProviderAndFda } from '@/components/procedures/detail/provider-and-fda';
import { RecoveryMilestones } from '@/components/procedures/detail/recovery-milestones';
import { RiskLists } from '@/components/procedures/detail/risk-lists';
import { SourcesList } from '@/components/procedures/detail/sources-list';
import { ReadyByCheck } from '@/components/planner/ready-by-check';
import { PROCEDURE_NOT_FOUND_METADATA, ProcedureNotFound } from '@/components/procedures/procedure-not-found';
import { NotFoundStatus } from '@/components/ui/not-found-status';
import { textLink } from '@/components/ui/styles';
import { timingFacts } from '@/lib/planner/timing-facts';
import { questionsForProcedure } from '@/lib/consultation/questions';
import { CONSULTATION } from '@/lib/consultation/schema';
import { getMetaDescription } from '@/lib/procedures/figures/card-format';
import { CATEGORY_LABELS, SPECIALTY_LABELS } from '@/lib/procedures/labels';
import { getLessDowntimeAlternatives, getProcedureBySlug } from '@/lib/procedures/list/queries';
import { slugSchema } from '@/lib/procedures/slug';

// A catalog page, cached (lib/cache/cached-pages.mjs): rendered on its first request, never at
// build time, and re-rendered after CATALOG_REVALIDATE_SECONDS (Next needs the literal here).
export const revalidate = 30;
export function generateStaticParams() {
  return [];
}

type DetailPageProps = { params: Promise<{ slug: string }> };

// One query per request shared by generateMetadata and the page. A malformed slug is a 404
// without touching the database, the same as a well-formed one we don't have: the page renders
// the message itself, so the cached HTML carries it (components/ui/not-found-status.tsx).
const getProcedure = cache(async (slug: string) => {
  if (!slugSchema.safeParse(slug).success) return null;
  return getProcedureBySlug(slug);
});

export async function generateMetadata({ params }: DetailPageProps): Promise<Metadata> {
  const procedure = await getProcedure((await params).slug);
  if (!procedure) return PROCEDURE_NOT_FOUND_METADATA;
  return { title: procedure.name, description: getMetaDescription(procedure) };
}

export default async function ProcedurePage({ params }: DetailPageProps) {
  const procedure = await getProcedure((await params).slug);
  if (!procedure) {
    return (
      <>
        <ProcedureNotFound />
        <NotFoundStatus />
      </>
    );
  }
  const alternatives = await getLessDowntimeAlternatives(procedure);

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm">
          <ol className="flex flex-wrap gap-1 text-slate-700">
            <li>
              <Link href="/procedures" className={textLink}>
                Procedures
              </Link>
              <span aria-hidden="true"> /</span>
            </li>
            <li aria-current="page">{procedure.name}</li>
          </ol>
        </nav>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{procedure.name}</h1>
        <div className="card-actions no-print">
          <ProcedureActions slug={procedure.slug} name={procedure.name} />
        </div>
        <p className="text-slate-700">
          {CATEGORY_LABELS[procedure.category]} · {SPECIALTY_LABELS[procedure.specialty]}
        </p>
        <p className="max-w-3xl text-lg text-slate-800">{procedure.summary}</p>
        <MedicalNotice />
      </header>
      <AtAGlance procedure={procedure} />
      <ReadyByCheck slug={procedure.slug} procedure={timingFacts(procedure)} />
      <RecoveryMilestones milestones={procedure.milestones} />
      <RiskLists commonSideEffects={procedure.commonSideEffects} seriousRisks={procedure.seriousRisks} />
      <RightForMe procedure={procedure} />
      <ProviderAndFda
        providerType={procedure.providerType}
        trainingToLookFor={procedure.trainingToLookFor}
        fdaStatus={procedure.fdaStatus}
        fdaNote={procedure.fdaNote}
      />
      <ProcedureQuestions
        slug={procedure.slug}
        category={procedure.category}
        questions={questionsForProcedure(procedure)}
        checks={CONSULTATION.credentialChecks}
      />
      <NamesAndUses aliases={procedure.aliases} brands={procedure.brands} concerns={procedure.concerns} bodyAreas={procedure.bodyAreas} />
      <LessDowntime alternatives={alternatives} recoveryReported={procedure.recoveryDays !== null} />
      <ProcedureConcerns concerns={procedure.concerns} />
      <SourcesList sources={procedure.sources} lastReviewed={procedure.lastReviewed} />
    </article>
  );
}
