import 'server-only';
import { getDb } from '../../db';
import { getActiveShareLink, type ShareLinkView } from './share';
import type { BookmarkSort, UndoPayload } from '../schema';
import { getCurrentVisitorId, readUndoCookie } from './session';
import { listBookmarks } from './store';
import type { SavedProcedure } from './view';

// Reads for the /bookmarks page: the current visitor's own data, found through their cookie.
// Catalog pages never call these (they must stay cacheable); the toggle asks the state API.

export type MyBookmarks = {
  items: SavedProcedure[];
  shareLink: ShareLinkView | null;
};

export async function getMyBookmarks(sort: BookmarkSort): Promise<MyBookmarks> {
  const visitorId = await getCurrentVisitorId();
  if (!visitorId) return { items: [], shareLink: null };
  const [items, shareLink] = await Promise.all([listBookmarks(visitorId, sort), getActiveShareLink(visitorId)]);
  return { items, shareLink };
}

/** The pending undo for `slug`, if this browser removed it in the last few minutes. */
export async function getUndoFor(slug: string | undefined): Promise<UndoPayload | null> {
  if (!slug) return null;
  const payload = await readUndoCookie();
  return payload?.slug === slug ? payload : null;
}

/** A procedure's display name, for "Removed X" after its bookmark (and row) is gone. */
export async function getProcedureName(slug: string | undefined): Promise<string | null> {
  if (!slug) return null;
  const db = await getDb();
  const row = await db.procedure.findUnique({ where: { slug }, select: { name: true } });
  return row?.name ?? null;
}
