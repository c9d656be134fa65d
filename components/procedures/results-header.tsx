import { LIST_REGISTRY } from '@/lib/procedures/list/filter-registry';
import type { UnreportedCount } from '@/lib/procedures/list/list-counts';

export type UnreportedNote = UnreportedCount;

export type ResultsHeaderProps = {
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** Entries left out by a recovery or cost limit only because that number is not reported. */
  unreported: UnreportedNote[];
};

/** What the ceiling's registry record calls the figure, e.g. "recovery time". */
function figureName(field: string): string {
  return LIST_REGISTRY.byKey.get(field)?.unreported ?? field;
}

export function ResultsHeader({ total, page, pageCount, pageSize, unreported }: ResultsHeaderProps) {
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <div className="space-y-2">
      <h2 id="results-heading" className="text-xl font-semibold text-slate-900">
        {total} {total === 1 ? 'procedure' : 'procedures'}
        {pageCount > 1 && total >= first ? (
          <>
            {' '}
            <span className="text-base font-normal text-slate-700">
              (showing {first}–{last}, page {page} of {pageCount})
            </span>
          </>
        ) : null}
      </h2>
      {unreported.map((note) => (
        <p key={note.field} className="text-sm text-slate-800" data-testid={`unreported-${note.field}`}>
          With a {figureName(note.field)} limit set, procedures whose {figureName(note.field)} our sources don&apos;t report are left out
          {note.count > 0
            ? `: ${note.count} more ${note.count === 1 ? 'procedure matches' : 'procedures match'} your other filters.`
            : ' (none of the other matches are affected).'}
        </p>
      ))}
    </div>
  );
}
