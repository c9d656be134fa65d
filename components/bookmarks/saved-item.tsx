import Link from 'next/link';
import { removeSaved } from '@/lib/bookmarks/server/actions';
import type { SavedProcedure } from '@/lib/bookmarks/server/view';
import { formatCost } from '@/lib/procedures/figures/card-format';
import { CATEGORY_LABELS, RISK_LABELS, formatDayRange } from '@/lib/procedures/labels';
import { focusRing, titleLink } from '@/components/ui/styles';
import { NoteEditor } from './note-editor';

export type SavedItemProps = { item: SavedProcedure; sort: string; compareFormId: string; notesFormId: string; ticked: boolean };

const savedDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

export function SavedItem({ item, sort, compareFormId, notesFormId, ticked }: SavedItemProps) {
  const { procedure, note, savedAt } = item;
  const headingId = `saved-${procedure.slug}-heading`;
  return (
    <article
      id={`saved-${procedure.slug}`}
      aria-labelledby={headingId}
      data-slug={procedure.slug}
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <h3 id={headingId} className="text-lg font-semibold leading-snug">
            <Link href={`/procedures/${procedure.slug}`} className={titleLink}>
              {procedure.name}
            </Link>
          </h3>
          <p className="text-sm text-slate-700">
            {CATEGORY_LABELS[procedure.category]} · Saved <time dateTime={savedAt}>{savedDate(savedAt)}</time>
          </p>
        </div>
        <label className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-800 has-checked:border-brand-700 has-checked:bg-brand-50">
          <input
            type="checkbox"
            name="ids"
            value={procedure.slug}
            form={compareFormId}
            defaultChecked={ticked}
            className="size-4 accent-brand-700"
          />
          Compare <span className="sr-only">{procedure.name}</span>
        </label>
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
        <div>
          <dt className="font-medium text-slate-700">Recovery</dt>
          <dd className="text-slate-900" data-field="recovery">
            {formatDayRange(procedure.recoveryDays)}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">Cost</dt>
          <dd className="text-slate-900">{formatCost(procedure.cost)}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">Risk</dt>
          <dd className="text-slate-900">{RISK_LABELS[procedure.riskLevel]}</dd>
        </div>
      </dl>
      <div className="mt-3 grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-end">
        <NoteEditor slug={procedure.slug} name={procedure.name} note={note} formId={notesFormId} />
        <form action={removeSaved}>
          <input type="hidden" name="slug" value={procedure.slug} />
          <input type="hidden" name="sort" value={sort} />
          <button
            type="submit"
            className={`inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-red-800 underline underline-offset-2 hover:bg-red-50 ${focusRing}`}
          >
            Remove <span className="sr-only">{procedure.name}</span>
          </button>
        </form>
      </div>
    </article>
  );
}
