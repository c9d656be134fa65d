import { getDb } from '../../db';
import { Prisma } from '../../generated/prisma/client';
import type { BookmarkErrorCode } from '../messages';
import type { BookmarkSort, NoteChange, UndoPayload } from '../schema';
import { byNewest, byRecovery, cardSelect, toSaved, type SavedProcedure } from './view';

// The bookmark operations. Every function takes the visitor id (the hash of the cookie token,
// resolved by the caller) and every query filters by it: there is no way to name another
// visitor's rows, because no function accepts a bookmark id. Inputs are assumed parsed by
// lib/bookmarks/schema.ts; an unknown procedure is still reported, never thrown.

export type Db = Awaited<ReturnType<typeof getDb>>;
export type Tx = Prisma.TransactionClient;

/** The store's refusals, spelled as everywhere else (lib/bookmarks/messages.ts). */
export type StoreError = Extract<BookmarkErrorCode, 'unknown-procedure' | 'not-saved'>;
export type StoreResult<T = object> = ({ ok: true } & T) | { ok: false; error: StoreError };

// Writes serialized by lockVisitor queue behind the row lock; leave room for a burst of them.
export const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

async function findProcedureId(db: Db | Tx, slug: string): Promise<number | null> {
  const row = await db.procedure.findUnique({ where: { slug }, select: { id: true } });
  return row?.id ?? null;
}

/** INSERT … ON CONFLICT DO NOTHING: parallel first writes of one visitor all succeed. */
export async function ensureVisitor(db: Db | Tx, visitorId: string): Promise<void> {
  await db.visitor.createMany({ data: [{ id: visitorId }], skipDuplicates: true });
}

/**
 * Locks the visitor's row so read-then-write operations of one visitor run one at a time.
 * NO KEY UPDATE, not UPDATE: a plain save's foreign-key check takes KEY SHARE on this row, and
 * FOR UPDATE would block it while the lock holder waits on that save's insert (a deadlock, seen on
 * PostgreSQL).
 */
export async function lockVisitor(tx: Tx, visitorId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Visitor" WHERE "id" = ${visitorId} FOR NO KEY UPDATE`;
}

/** Saves a procedure. Idempotent: saving twice (or 50 times at once) leaves exactly one row. */
export async function addBookmark(visitorId: string, slug: string): Promise<StoreResult<{ created: boolean }>> {
  const db = await getDb();
  const procedureId = await findProcedureId(db, slug);
  if (procedureId === null) return { ok: false, error: 'unknown-procedure' };
  await ensureVisitor(db, visitorId);
  // skipDuplicates is ON CONFLICT DO NOTHING on the (visitorId, procedureId) unique index, so a
  // concurrent save cannot fail with P2002; it just finds the row already there.
  const { count } = await db.bookmark.createMany({ data: [{ visitorId, procedureId }], skipDuplicates: true });
  return { ok: true, created: count === 1 };
}

/** Removes one bookmark, returning what it held (for undo), or null if it was not saved. */
export async function removeBookmark(visitorId: string, slug: string): Promise<UndoPayload | null> {
  const db = await getDb();
  const procedureId = await findProcedureId(db, slug);
  return procedureId === null ? null : deleteBookmarkRow(db, visitorId, procedureId, slug);
}

async function deleteBookmarkRow(db: Db, visitorId: string, procedureId: number, slug: string): Promise<UndoPayload | null> {
  try {
    // One DELETE … RETURNING: the note we hand back for undo is exactly the one deleted.
    const row = await db.bookmark.delete({
      where: { visitorId_procedureId: { visitorId, procedureId } },
      select: { note: true, createdAt: true },
    });
    return { slug, note: row.note, savedAt: row.createdAt.toISOString() };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025') return null;
    throw error;
  }
}

/** Sets a bookmark to saved or not, whatever it was. Repeating a request changes nothing more. */
export async function setSaved(
  visitorId: string,
  slug: string,
  saved: boolean,
): Promise<StoreResult<{ saved: boolean; removed: UndoPayload | null }>> {
  if (saved) {
    const added = await addBookmark(visitorId, slug);
    return added.ok ? { ok: true, saved: true, removed: null } : added;
  }
  const db = await getDb();
  const procedureId = await findProcedureId(db, slug);
  if (procedureId === null) return { ok: false, error: 'unknown-procedure' };
  return { ok: true, saved: false, removed: await deleteBookmarkRow(db, visitorId, procedureId, slug) };
}

/** Replaces the note (null clears it). Only the visitor's own, existing bookmark can be changed. */
export async function setNote(visitorId: string, slug: string, note: string | null): Promise<StoreResult> {
  const db = await getDb();
  const { count } = await db.bookmark.updateMany({ where: { visitorId, procedure: { slug } }, data: { note } });
  return count === 1 ? { ok: true } : { ok: false, error: 'not-saved' };
}

/**
 * Replaces several notes in one transaction (the list's notes form). A bookmark removed meanwhile
 * (in another tab) has no note to keep: it is reported, and the other notes are still saved.
 */
export async function setNotes(visitorId: string, changes: readonly NoteChange[]): Promise<{ saved: string[]; missing: string[] }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const saved: string[] = [];
    const missing: string[] = [];
    for (const { slug, note } of changes) {
      const { count } = await tx.bookmark.updateMany({ where: { visitorId, procedure: { slug } }, data: { note } });
      (count === 1 ? saved : missing).push(slug);
    }
    return { saved, missing };
  }, TX_OPTIONS);
}

export async function listBookmarks(visitorId: string, sort: BookmarkSort = 'date'): Promise<SavedProcedure[]> {
  const db = await getDb();
  const rows = await db.bookmark.findMany({
    where: { visitorId },
    select: { note: true, createdAt: true, procedure: { select: cardSelect } },
    orderBy: sort === 'downtime' ? byRecovery : byNewest,
  });
  return rows.map(toSaved);
}

export async function getSavedSlugs(visitorId: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db.bookmark.findMany({
    where: { visitorId },
    select: { procedure: { select: { slug: true } } },
    orderBy: byNewest,
  });
  return rows.map((row) => row.procedure.slug);
}

/** Removes every bookmark of the visitor; returns how many there were. */
export async function removeAllBookmarks(visitorId: string): Promise<number> {
  const db = await getDb();
  const { count } = await db.bookmark.deleteMany({ where: { visitorId } });
  return count;
}

/**
 * Puts a removed bookmark back with its note and original save date. If it was saved again
 * in the meantime, that bookmark stays, and only gets the old note if it has none of its own.
 */
export async function restoreBookmark(visitorId: string, removed: UndoPayload): Promise<StoreResult<{ restored: boolean }>> {
  const db = await getDb();
  const procedureId = await findProcedureId(db, removed.slug);
  if (procedureId === null) return { ok: false, error: 'unknown-procedure' };
  await ensureVisitor(db, visitorId);
  const { count } = await db.bookmark.createMany({
    data: [{ visitorId, procedureId, note: removed.note, createdAt: new Date(removed.savedAt) }],
    skipDuplicates: true,
  });
  if (count === 0 && removed.note !== null) {
    await db.bookmark.updateMany({ where: { visitorId, procedureId, note: null }, data: { note: removed.note } });
  }
  return { ok: true, restored: count === 1 };
}
