import type { Prisma } from '../../generated/prisma/client';
import { toCard, type CardRow, type ProcedureCard } from '../../procedures/catalog/view';

// View models of the bookmarks domain. A saved procedure carries the visitor's private note;
// a shared one deliberately has no save date and no visitor id, and notes only by the owner's choice.

export type SavedProcedure = {
  procedure: ProcedureCard;
  note: string | null;
  /** ISO 8601 instant the visitor saved it. */
  savedAt: string;
};

export type SharedList = {
  items: ProcedureCard[];
  /** The owner's notes by slug, only when they chose to share them; empty otherwise. */
  notes: Record<string, string>;
  sharedSince: string;
};

// The card columns are listed once, beside the card they make; bookmark queries select them too.
export { cardSelect } from '../../procedures/catalog/view';

export function toSaved(row: { note: string | null; createdAt: Date; procedure: CardRow }): SavedProcedure {
  return { procedure: toCard(row.procedure), note: row.note, savedAt: row.createdAt.toISOString() };
}

/** Quickest recovery first, unknown recovery last: the order the catalog itself uses. */
export const byRecovery: Prisma.BookmarkOrderByWithRelationInput[] = [
  { procedure: { recoveryMaxDays: { sort: 'asc', nulls: 'last' } } },
  { procedure: { recoveryMinDays: { sort: 'asc', nulls: 'last' } } },
  { procedure: { name: 'asc' } },
];

export const byNewest: Prisma.BookmarkOrderByWithRelationInput[] = [{ createdAt: 'desc' }, { id: 'desc' }];
