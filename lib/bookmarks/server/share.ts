import { getDb } from '../../db';
import { toCard } from '../../procedures/catalog/view';
import { ensureVisitor, lockVisitor, TX_OPTIONS } from './store';
import { createToken, isWellFormedToken } from './tokens';
import { byRecovery, cardSelect, type SharedList } from './view';

// Read-only share links. The token is the only thing the link carries; it never reveals the
// visitor id; the shared list never includes save dates, and notes only when the owner chose
// to include them (off unless chosen, and switchable while the link lives). Revoking is permanent:
// a new link gets a new token, so an old copy of the link stays dead.

export type ShareLinkView = { token: string; createdAt: string; includeNotes: boolean };

const view = (link: { token: string; createdAt: Date; includeNotes: boolean }): ShareLinkView => ({
  token: link.token,
  createdAt: link.createdAt.toISOString(),
  includeNotes: link.includeNotes,
});

/** The visitor's active link, creating one if there is none (at most one active at a time). */
export async function createShareLink(visitorId: string, includeNotes = false): Promise<ShareLinkView> {
  const db = await getDb();
  await ensureVisitor(db, visitorId);
  const link = await db.$transaction(async (tx) => {
    // Serialized per visitor, so two clicks cannot leave two active links.
    await lockVisitor(tx, visitorId);
    const active = await tx.shareLink.findFirst({ where: { visitorId, revokedAt: null }, orderBy: { id: 'desc' } });
    if (!active) return tx.shareLink.create({ data: { visitorId, token: createToken(), includeNotes } });
    if (active.includeNotes === includeNotes) return active;
    return tx.shareLink.update({ where: { id: active.id }, data: { includeNotes } });
  }, TX_OPTIONS);
  return view(link);
}

/** Switches notes on or off for the visitor's active link; returns whether there was one. */
export async function setShareNotes(visitorId: string, includeNotes: boolean): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.shareLink.updateMany({ where: { visitorId, revokedAt: null }, data: { includeNotes } });
  return count > 0;
}

export async function getActiveShareLink(visitorId: string): Promise<ShareLinkView | null> {
  const db = await getDb();
  const link = await db.shareLink.findFirst({ where: { visitorId, revokedAt: null }, orderBy: { id: 'desc' } });
  return link ? view(link) : null;
}

/** Revokes the visitor's active links; returns how many were active. */
export async function revokeShareLinks(visitorId: string): Promise<number> {
  const db = await getDb();
  const { count } = await db.shareLink.updateMany({ where: { visitorId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count;
}

/** The shortlist behind a live token, or null for a malformed, unknown or revoked one. */
export async function getSharedList(token: string): Promise<SharedList | null> {
  if (!isWellFormedToken(token)) return null;
  const db = await getDb();
  const link = await db.shareLink.findUnique({
    where: { token },
    select: { visitorId: true, createdAt: true, revokedAt: true, includeNotes: true },
  });
  if (!link || link.revokedAt) return null;
  const rows = await db.bookmark.findMany({
    where: { visitorId: link.visitorId },
    // Only catalog facts leave this function, and notes if the owner chose: no save date, no visitor id.
    select: { note: link.includeNotes, procedure: { select: cardSelect } },
    orderBy: byRecovery,
  });
  const notes: Record<string, string> = {};
  for (const row of rows) if (link.includeNotes && row.note) notes[row.procedure.slug] = row.note;
  return { items: rows.map((row) => toCard(row.procedure)), notes, sharedSince: link.createdAt.toISOString() };
}
