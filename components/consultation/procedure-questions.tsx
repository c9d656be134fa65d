import Link from 'next/link';
import { textLink } from '@/components/ui/styles';
import { packHref } from '@/lib/consultation/pack-url';
import type { ProcedureQuestions as Questions } from '@/lib/consultation/questions';
import type { CredentialCheck } from '@/lib/consultation/schema';
import { CATEGORY_LABELS } from '@/lib/procedures/labels';
import type { Category } from '@/lib/procedures/constants';
import { CredentialChecks } from './credential-checks';
import { QuestionList } from './question-list';

export type ProcedureQuestionsProps = {
  slug: string;
  category: Category;
  questions: Questions;
  checks: CredentialCheck[];
};

/** The "Questions to ask" section of a procedure page, with the means to check the answers. */
export function ProcedureQuestions({ slug, category, questions, checks }: ProcedureQuestionsProps) {
  return (
    <section aria-labelledby="questions-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <div>
        <h2 id="questions-heading" className="text-lg font-semibold text-slate-900">
          Questions to ask at your consultation
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">
          What professional societies and the FDA suggest asking before you decide. Each question shows its source on request.
        </p>
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <div>
          <h3 className="font-semibold text-slate-900">For any provider</h3>
          <div className="mt-2">
            <QuestionList questions={questions.general} />
          </div>
        </div>
        {questions.category.length > 0 ? (
          <div>
            <h3 className="font-semibold text-slate-900">For {CATEGORY_LABELS[category].toLowerCase()}</h3>
            <div className="mt-2">
              <QuestionList questions={questions.category} />
            </div>
          </div>
        ) : null}
      </div>
      <CredentialChecks checks={checks} heading="h3" />
      <p className="text-sm">
        <Link href={packHref([slug])} className={textLink}>
          Printable consultation pack
        </Link>{' '}
        <span className="text-slate-700">with these questions and room for your notes.</span>
      </p>
    </section>
  );
}
