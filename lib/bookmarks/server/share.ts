import { getDb } from '../../db';
import { toCard } from '../../procedures/catalog/view';
import { ensureVisitor, lockVisitor, TX_OPTIONS } from './store';
import { createToken, isWellFormedToken } from './tokens';
import { byRecovery, cardSelect, type SharedList } from './view';

// Read-only share links. The token is the only thing the link carries; it never reveals the
// visitor id, and the shared list never includes notes or save dates. Revoking is permanent:
// a new link gets a new token, so an old copy of the link stays dead.

export type ShareLinkView = { token: string; createdAt: string };

/** The visitor's active link, creating one if there is none (at most one active at a time). */
export async function createShareLink(visitorId: string): Promise<ShareLinkView> {
  const db = await getDb();
  await ensureVisitor(db, visitorId);
  const link = await db.$transaction(async (tx) => {
    // Serialized per visitor, so two clicks cannot leave two active links.
    await lockVisitor(tx, visitorId);
    const active = await tx.shareLink.findFirst({ where: { visitorId, revokedAt: null }, orderBy: { id: 'desc' } });
    return active ?? tx.shareLink.create({ data: { visitorId, token: createToken() } });
  }, TX_OPTIONS);
  return { token: link.token, createdAt: link.createdAt.toISOString() };
}

export async function getActiveShareLink(visitorId: string): Promise<ShareLinkView | null> {
  const db = await getDb();
  const link = await db.shareLink.findFirst({ where: { visitorId, revokedAt: null }, orderBy: { id: 'desc' } });
  return link ? { token: link.token, createdAt: link.createdAt.toISOString() } : null;
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
  const link = await db.shareLink.findUnique({ where: { token }, select: { visitorId: true, createdAt: true, revokedAt: true } });
  if (!link || link.revokedAt) return null;
  const rows = await db.bookmark.findMany({
    where: { visitorId: link.visitorId },
    // Only catalog facts leave this function: no note, no save date, no visitor id.
    select: { procedure: { select: cardSelect } },
    orderBy: byRecovery,
  });
  return { items: rows.map((row) => toCard(row.procedure)), sharedSince: link.createdAt.toISOString() };
}
