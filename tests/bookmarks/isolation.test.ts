import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { remove, restore, updateNote, saveOrRemove, removeAll } from '@/lib/bookmarks/server/commands';
import { createShareLink, getActiveShareLink, revokeShareLinks } from '@/lib/bookmarks/server/share';
import {
  addBookmark,
  getSavedSlugs,
  listBookmarks,
  removeAllBookmarks,
  removeBookmark,
  setNote,
  setSaved,
} from '@/lib/bookmarks/server/store';
import { countRows, newVisitor, noteOf } from './helpers';

// One visitor can never read or change another's bookmarks: every operation is scoped by the
// visitor id, and no operation accepts a row id that could name someone else's bookmark.

async function visitorWithNote() {
  const alice = newVisitor();
  await addBookmark(alice.id, 'botox');
  await addBookmark(alice.id, 'facelift');
  await setNote(alice.id, 'facelift', 'Alice: consult on the 12th');
  return alice;
}

describe('visitor isolation', () => {
  it('B sees none of A’s bookmarks or notes', async () => {
    const alice = await visitorWithNote();
    const bob = newVisitor();
    expect(await listBookmarks(bob.id)).toEqual([]);
    expect(await getSavedSlugs(bob.id)).toEqual([]);
    expect((await listBookmarks(alice.id)).map((item) => item.procedure.slug).sort()).toEqual(['botox', 'facelift']);
  });

  it('B cannot change or remove A’s bookmarks through any operation', async () => {
    const alice = await visitorWithNote();
    const bob = newVisitor();
    expect(await setNote(bob.id, 'facelift', 'Bob was here')).toEqual({ ok: false, error: 'not-saved' });
    expect(await updateNote(bob.id, { slug: 'facelift', note: 'Bob was here' })).toMatchObject({ ok: false, error: 'not-saved' });
    expect(await removeBookmark(bob.id, 'facelift')).toBeNull();
    expect(await remove(bob.id, { slug: 'botox' })).toMatchObject({ ok: true, removed: null });
    expect(await removeAllBookmarks(bob.id)).toBe(0);
    expect(await removeAll(bob.id, { confirm: 'remove-all' })).toMatchObject({ ok: true, count: 0 });
    // B saving the same procedure creates B's own row, leaving A's untouched.
    expect(await setSaved(bob.id, 'facelift', true)).toEqual({ ok: true, saved: true, removed: null });
    expect(await saveOrRemove(bob.id, { slug: 'botox', saved: false })).toMatchObject({ ok: true, removed: null });
    // A restore names a slug, never a row: it can only ever write B's own bookmark.
    await restore(bob.id, { slug: 'botox', note: 'forged', savedAt: new Date().toISOString() });

    expect(await countRows(alice.id)).toBe(2);
    expect(await noteOf(alice.id, 'facelift')).toBe('Alice: consult on the 12th');
    expect(await noteOf(alice.id, 'botox')).toBeNull();
    expect(await noteOf(bob.id, 'facelift')).toBeNull();
  });

  it('guessing ids gets nowhere: writes are keyed by the caller’s own visitor id only', async () => {
    const alice = await visitorWithNote();
    const mallory = newVisitor();
    const db = await getDb();
    const aliceRows = await db.bookmark.findMany({ where: { visitorId: alice.id }, select: { id: true } });
    // Mallory sends A's bookmark row ids and A's visitor hash where a slug is expected.
    for (const { id } of aliceRows) {
      expect(await updateNote(mallory.id, { slug: String(id), note: 'x' })).toMatchObject({ ok: false });
      expect(await remove(mallory.id, { slug: String(id) })).toMatchObject({ ok: true, removed: null });
    }
    // A's visitor id (a hex digest) in the slug field is just a slug Mallory has not saved.
    expect(await updateNote(mallory.id, { slug: alice.id, note: 'x' })).toMatchObject({ ok: false, error: 'not-saved' });
    expect(await saveOrRemove(mallory.id, { slug: 'facelift', saved: false, visitorId: alice.id })).toMatchObject({
      ok: false,
      error: 'invalid-input',
    });
    expect(await countRows(alice.id)).toBe(2);
    expect(await noteOf(alice.id, 'facelift')).toBe('Alice: consult on the 12th');
  });

  it('B cannot see or revoke A’s share link', async () => {
    const alice = await visitorWithNote();
    const bob = newVisitor();
    const link = await createShareLink(alice.id);
    expect(await getActiveShareLink(bob.id)).toBeNull();
    expect(await revokeShareLinks(bob.id)).toBe(0);
    expect(await getActiveShareLink(alice.id)).toEqual(link);
  });
});
