import { describeSource } from '@/lib/procedures/figures/source-line';
import type { QuestionSet } from '@/lib/consultation/questions';
import type { SourceView } from '@/lib/procedures/catalog/view';

export type PackSourcesProps = { questions: QuestionSet };

function sourcesOf({ general, groups }: QuestionSet): SourceView[] {
  const byId = new Map<string, SourceView>();
  for (const question of [...general, ...groups.flatMap((group) => group.questions)]) {
    byId.set(question.evidence.source.id, question.evidence.source);
  }
  return [...byId.values()];
}

/**
 * On paper the source markers cannot open, so the printed pack lists the questions' sources
 * instead (their addresses print beside them). On screen each question shows its own.
 */
export function PackSources({ questions }: PackSourcesProps) {
  return (
    <section aria-labelledby="pack-sources-heading" data-pack-sources="" className="hidden break-inside-avoid print:block">
      <h2 id="pack-sources-heading" className="text-lg font-semibold text-slate-900">
        Where these questions come from
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-sm text-slate-800">
        {sourcesOf(questions).map((source) => (
          <li key={source.id}>
            <a href={source.url}>{source.title}</a>, {describeSource(source)}
          </li>
        ))}
      </ul>
    </section>
  );
}
