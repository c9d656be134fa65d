import type { Prisma } from '../generated/prisma/client';
import { toCard, type ProcedureCard } from '../procedures/view';

// View models of the bookmarks domain. A saved procedure carries the visitor's private note;
// a shared one deliberately has no note, no save date and no visitor id.

export type SavedProcedure = {
  procedure: ProcedureCard;
  note: string | null;
  /** ISO 8601 instant the visitor saved it. */
  savedAt: string;
};

export type SharedList = {
  items: ProcedureCard[];
  sharedSince: string;
};

/** The Procedure columns a card needs (lib/procedures/view.ts CardRow), for Prisma selects. */
export const cardSelect = {
  slug: true,
  name: true,
  category: true,
  specialty: true,
  invasiveness: true,
  riskLevel: true,
  recoveryMinDays: true,
  recoveryMaxDays: true,
  costLowUsd: true,
  costHighUsd: true,
  costAverageUsd: true,
  costTypicalUsd: true,
  costPer: true,
  costBasis: true,
  costUnit: true,
  costYear: true,
  costExcludes: true,
  costSourceTitle: true,
  costSourceUrl: true,
  resultsMinMonths: true,
  resultsMaxMonths: true,
  resultsPermanent: true,
  resultsNote: true,
  summary: true,
} as const satisfies Prisma.ProcedureSelect;

type CardSelected = Prisma.ProcedureGetPayload<{ select: typeof cardSelect }>;

export function toSaved(row: { note: string | null; createdAt: Date; procedure: CardSelected }): SavedProcedure {
  return { procedure: toCard(row.procedure), note: row.note, savedAt: row.createdAt.toISOString() };
}

/** Quickest recovery first, unknown recovery last: the order the catalog itself uses. */
export const byRecovery: Prisma.BookmarkOrderByWithRelationInput[] = [
  { procedure: { recoveryMaxDays: { sort: 'asc', nulls: 'last' } } },
  { procedure: { recoveryMinDays: { sort: 'asc', nulls: 'last' } } },
  { procedure: { name: 'asc' } },
];

export const byNewest: Prisma.BookmarkOrderByWithRelationInput[] = [{ createdAt: 'desc' }, { id: 'desc' }];
