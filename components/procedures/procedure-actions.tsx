import { BookmarkToggle } from '@/components/bookmarks/bookmark-toggle';
import { AddToCompareButton } from '@/components/compare/add-to-compare-button';

export type ProcedureActionsProps = { slug: string; name: string };

/** The per-procedure controls shown on cards and procedure pages: compare and save, laid out by their container (.card-actions). */
export function ProcedureActions({ slug, name }: ProcedureActionsProps) {
  return (
    <>
      <AddToCompareButton slug={slug} name={name} />
      <BookmarkToggle slug={slug} name={name} />
    </>
  );
}
