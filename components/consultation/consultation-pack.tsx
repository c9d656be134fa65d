import { MedicalNotice } from '@/components/layout/medical-notice';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { PrintButton } from '@/components/compare/print-button';
import { secondaryButton, textLink } from '@/components/ui/styles';
import type { ConsultationPackView } from '@/lib/consultation/pack';
import { CredentialChecks } from './credential-checks';
import { NotesSpace } from './notes-space';
import { PackSources } from './pack-sources';
import { PackProcedure } from './pack-procedure';
import { QuestionList } from './question-list';

export type ConsultationPackProps = {
  title: string;
  intro: ReactNode;
  pack: ConsultationPackView;
  back: { href: string; label: string };
};

const groupAnchor = (category: string) => `questions-${category.replace(/_/g, '-')}`;

/**
 * A printable pack to bring to a consultation, with the medical notice in full (it prints with the
 * pack); the print button is the only script, and the page reads the same without it.
 */
export function ConsultationPack({ title, intro, pack, back }: ConsultationPackProps) {
  const { items, questions, checks } = pack;
  return (
    <article data-consultation-pack="" className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{title}</h1>
        <div className="max-w-3xl text-slate-800">{intro}</div>
        <div className="no-print flex flex-wrap items-center gap-3 pt-1">
          <PrintButton className={secondaryButton} />
          <Link href={back.href} className={textLink}>
            {back.label}
          </Link>
        </div>
        <MedicalNotice />
      </header>

      <section aria-labelledby="pack-procedures-heading" className="space-y-4">
        <h2 id="pack-procedures-heading" className="text-xl font-semibold text-slate-900">
          {items.length === 1 ? 'The procedure' : `The ${items.length} procedures`}
        </h2>
        {items.map((item) => (
          <PackProcedure key={item.procedure.slug} {...item} questionsAnchor={groupAnchor(item.procedure.category)} />
        ))}
      </section>

      <section aria-labelledby="pack-questions-heading" className="space-y-5">
        <h2 id="pack-questions-heading" className="text-xl font-semibold text-slate-900">
          Questions to ask
        </h2>
        <div className="break-inside-avoid">
          <h3 className="font-semibold text-slate-900">For any provider</h3>
          <div className="mt-2">
            <QuestionList questions={questions.general} />
          </div>
        </div>
        {questions.groups.map((group) => (
          <div key={group.category} id={groupAnchor(group.category)} data-question-group={group.category} className="break-inside-avoid">
            <h3 className="font-semibold text-slate-900">
              For {group.label.toLowerCase()}: {group.procedureNames.join(', ')}
            </h3>
            <div className="mt-2">
              {group.questions.length > 0 ? (
                <QuestionList questions={group.questions} />
              ) : (
                <p className="text-slate-800">
                  None of our sources adds a question for this kind of procedure; the ones for any provider apply.
                </p>
              )}
            </div>
          </div>
        ))}
      </section>

      <CredentialChecks checks={checks} heading="h2" />

      <PackSources questions={questions} />

      <NotesSpace id="pack-overall-notes" label="Your notes" lines={10} heading="h2" />
    </article>
  );
}
