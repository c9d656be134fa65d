import { getDb } from '../../db';
import { TX_OPTIONS, ensureVisitor, lockVisitor, type Tx } from './store';

// Brings bookmarks from elsewhere (an import file, another device, a shared list) into a
// visitor's list, in one transaction: all of them or, if anything fails, none. A procedure
// already in the list keeps its own save date and note; an incoming note fills only a note the
// visitor does not have, so merging never overwrites what the visitor wrote.

export type IncomingBookmark = { slug: string; note: string | null; savedAt?: Date };
export type MergeResult = { added: number; kept: number; notesAdded: number };
export type MergeOutcome = { ok: true; result: MergeResult } | { ok: false; unknown: string[] };

/** The merge itself, inside the caller's transaction (a transfer claims its code in the same one). */
export async function mergeInTransaction(
  tx: Tx,
  visitorId: string,
  incoming: readonly (IncomingBookmark & { procedureId: number })[],
): Promise<MergeResult> {
  await lockVisitor(tx, visitorId);
  const existing = await tx.bookmark.findMany({ where: { visitorId }, select: { procedureId: true, note: true } });
  const have = new Map(existing.map((row) => [row.procedureId, row.note]));
  const fresh = incoming.filter((item) => !have.has(item.procedureId));
  const { count: added } = await tx.bookmark.createMany({
    data: fresh.map((item) => ({
      visitorId,
      procedureId: item.procedureId,
      note: item.note,
      ...(item.savedAt ? { createdAt: item.savedAt } : {}),
    })),
    skipDuplicates: true,
  });
  let notesAdded = fresh.filter((item) => item.note !== null).length;
  for (const item of incoming) {
    if (!have.has(item.procedureId) || have.get(item.procedureId) !== null || item.note === null) continue;
    await tx.bookmark.updateMany({ where: { visitorId, procedureId: item.procedureId, note: null }, data: { note: item.note } });
    notesAdded += 1;
  }
  return { added, kept: incoming.length - fresh.length, notesAdded };
}

export async function mergeBookmarks(visitorId: string, incoming: readonly IncomingBookmark[]): Promise<MergeOutcome> {
  const db = await getDb();
  const slugs = incoming.map((item) => item.slug);
  const procedures = await db.procedure.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const idOf = new Map(procedures.map((row) => [row.slug, row.id]));
  const unknown = slugs.filter((slug) => !idOf.has(slug));
  if (unknown.length > 0) return { ok: false, unknown };
  await ensureVisitor(db, visitorId);
  const rows = incoming.map((item) => ({ ...item, procedureId: idOf.get(item.slug)! }));
  const result = await db.$transaction((tx) => mergeInTransaction(tx, visitorId, rows), TX_OPTIONS);
  return { ok: true, result };
}
