import Link from 'next/link';
import { FigureEvidence } from '@/components/procedures/detail/figure-evidence';
import { textLink } from '@/components/ui/styles';
import type { PackItem } from '@/lib/consultation/pack';
import { NOT_REPORTED } from '@/lib/procedures/figures/card-format';
import { FIGURE_REGISTRY, appliesTo, evidenceFor, type FigureRecord } from '@/lib/procedures/figures/figure-registry';
import { CATEGORY_LABELS } from '@/lib/procedures/labels';
import { NotesSpace } from './notes-space';

export type PackProcedureProps = PackItem & {
  questionsAnchor: string;
  /** The figures to draw from: the registry's pack figures (a test may add one). */
  figures?: readonly FigureRecord[];
};

/** One procedure in the pack: its deciding figures, the visitor's saved note, and room to write. */
export function PackProcedure({ procedure, note, questionsAnchor, figures = FIGURE_REGISTRY }: PackProcedureProps) {
  const headingId = `pack-${procedure.slug}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      data-pack-procedure={procedure.slug}
      className="break-inside-avoid space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div>
        <h3 id={headingId} className="text-lg font-semibold text-slate-900">
          <Link href={`/procedures/${procedure.slug}`} className={textLink}>
            {procedure.name}
          </Link>
        </h3>
        <p className="text-sm text-slate-700">{CATEGORY_LABELS[procedure.category]}</p>
      </div>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-3">
        {figures
          .filter((record) => record.pack && appliesTo(record, procedure))
          .map((record) => {
            const value = record.format(procedure);
            return (
              <div key={record.key}>
                <dt className="text-sm font-medium text-slate-700">{record.label}</dt>
                <dd data-field={record.key} className={value === NOT_REPORTED ? 'italic text-slate-700' : 'font-semibold text-slate-900'}>
                  {value}
                  <FigureEvidence label={`${record.label}, ${procedure.name}`} {...evidenceFor(procedure, record)} />
                </dd>
              </div>
            );
          })}
      </dl>
      {note !== undefined ? (
        <div data-saved-note="">
          <h4 className="text-sm font-semibold text-slate-900">Your saved note</h4>
          <p className="whitespace-pre-wrap text-slate-800">{note ?? 'No note saved.'}</p>
        </div>
      ) : null}
      <p className="text-sm text-slate-800">
        Questions to ask:{' '}
        <a href={`#${questionsAnchor}`} className={textLink}>
          for {CATEGORY_LABELS[procedure.category].toLowerCase()}
        </a>
        , and those for any provider.
      </p>
      <NotesSpace id={`pack-${procedure.slug}-notes`} label={`Your notes on ${procedure.name}`} lines={5} heading="h4" />
    </section>
  );
}
