'use client';

import { FigureEvidence } from '@/components/procedures/detail/figure-evidence';
import type { QuestionView } from '@/lib/consultation/questions';

export type QuestionListProps = { questions: QuestionView[] };

/** Numbered questions, each with its source on request (the same marker figures use). */
export function QuestionList({ questions }: QuestionListProps) {
  return (
    <ol className="list-decimal space-y-2 pl-6 text-slate-900">
      {questions.map((question) => (
        <li key={question.id} data-question={question.id} className="break-inside-avoid">
          {question.text}
          <FigureEvidence label={question.text} evidence={question.evidence} />
        </li>
      ))}
    </ol>
  );
}
