import { BookmarkToggle } from '@/components/bookmarks/bookmark-toggle';
import { AddToCompareButton } from '@/components/compare/add-to-compare-button';

export type ProcedureActionsProps = { slug: string; name: string };

/** The per-procedure controls shown on cards and procedure pages: compare and save. */
export function ProcedureActions({ slug, name }: ProcedureActionsProps) {
  return (
    <div className="flex flex-wrap items-center gap-2 no-print">
      <AddToCompareButton slug={slug} name={name} />
      <BookmarkToggle slug={slug} name={name} />
    </div>
  );
}
