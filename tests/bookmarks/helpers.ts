import { getDb } from '@/lib/db';
import { createToken, hashToken } from '@/lib/bookmarks/server/tokens';
import { VISITOR_COOKIE } from '@/lib/bookmarks/server/visitor';

// A fresh anonymous visitor per test: the cookie token a browser would hold and the id the
// database knows it by. Tests never share visitors, so they never see each other's rows.

export type TestVisitor = { token: string; id: string; cookie: string };

export function newVisitor(): TestVisitor {
  const token = createToken();
  return { token, id: hashToken(token), cookie: `${VISITOR_COOKIE}=${token}` };
}

export async function countRows(visitorId: string, slug?: string): Promise<number> {
  const db = await getDb();
  return db.bookmark.count({ where: { visitorId, ...(slug ? { procedure: { slug } } : {}) } });
}

export async function noteOf(visitorId: string, slug: string): Promise<string | null | undefined> {
  const db = await getDb();
  const row = await db.bookmark.findFirst({ where: { visitorId, procedure: { slug } }, select: { note: true } });
  return row === null ? undefined : row.note;
}
