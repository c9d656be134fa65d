import { describe, expect, it } from 'vitest';
import {
  addBookmark,
  getSavedSlugs,
  listBookmarks,
  removeAllBookmarks,
  removeBookmark,
  restoreBookmark,
  setNote,
  setSaved,
} from '@/lib/bookmarks/server/store';
import { countRows, newVisitor, noteOf } from './helpers';

// The core operations against this worker's real, seeded database.

describe('bookmark store', () => {
  it('adds, lists with the save date, notes and removes', async () => {
    const me = newVisitor();
    expect(await addBookmark(me.id, 'botox')).toEqual({ ok: true, created: true });
    expect(await addBookmark(me.id, 'facelift')).toEqual({ ok: true, created: true });
    expect(await setNote(me.id, 'botox', 'Ask about Dysport too')).toEqual({ ok: true });

    const list = await listBookmarks(me.id);
    expect(list.map((item) => item.procedure.slug)).toEqual(['facelift', 'botox']);
    const botox = list.find((item) => item.procedure.slug === 'botox')!;
    expect(botox.note).toBe('Ask about Dysport too');
    expect(Date.now() - Date.parse(botox.savedAt)).toBeLessThan(60_000);

    const removed = await removeBookmark(me.id, 'botox');
    expect(removed).toMatchObject({ slug: 'botox', note: 'Ask about Dysport too', savedAt: botox.savedAt });
    expect(await getSavedSlugs(me.id)).toEqual(['facelift']);
    expect(await removeBookmark(me.id, 'botox')).toBeNull();
  });

  it('sorts by recovery: quickest first, unknown recovery last', async () => {
    const me = newVisitor();
    for (const slug of ['facelift', 'botox', 'lip-filler', 'tummy-tuck']) await addBookmark(me.id, slug);
    const list = await listBookmarks(me.id, 'downtime');
    const maxima = list.map((item) => item.procedure.recoveryDays?.max ?? Infinity);
    expect(maxima).toEqual([...maxima].sort((a, b) => a - b));
    expect(list[0]!.procedure.slug).not.toBe('facelift');
  });

  it('is idempotent: saving twice keeps one row, setSaved(false) twice is fine', async () => {
    const me = newVisitor();
    await addBookmark(me.id, 'botox');
    expect(await addBookmark(me.id, 'botox')).toEqual({ ok: true, created: false });
    expect(await countRows(me.id, 'botox')).toBe(1);
    expect(await setSaved(me.id, 'botox', true)).toMatchObject({ ok: true, saved: true });
    expect(await setSaved(me.id, 'botox', false)).toMatchObject({ ok: true, saved: false });
    expect(await setSaved(me.id, 'botox', false)).toMatchObject({ ok: true, saved: false, removed: null });
    expect(await countRows(me.id, 'botox')).toBe(0);
  });

  it('saves and unsaves through setSaved', async () => {
    const me = newVisitor();
    expect(await setSaved(me.id, 'botox', true)).toEqual({ ok: true, saved: true, removed: null });
    expect(await setSaved(me.id, 'botox', false)).toMatchObject({ ok: true, saved: false, removed: { slug: 'botox', note: null } });
    expect(await countRows(me.id)).toBe(0);
  });

  it('rejects an unknown procedure and writes nothing (not even a visitor)', async () => {
    const me = newVisitor();
    expect(await addBookmark(me.id, 'no-such-procedure')).toEqual({ ok: false, error: 'unknown-procedure' });
    expect(await setSaved(me.id, 'no-such-procedure', true)).toEqual({ ok: false, error: 'unknown-procedure' });
    expect(await setSaved(me.id, 'no-such-procedure', false)).toEqual({ ok: false, error: 'unknown-procedure' });
    expect(await countRows(me.id)).toBe(0);
    const { getDb } = await import('@/lib/db');
    expect(await (await getDb()).visitor.count({ where: { id: me.id } })).toBe(0);
  });

  it('only notes a bookmark that exists', async () => {
    const me = newVisitor();
    expect(await setNote(me.id, 'botox', 'hello')).toEqual({ ok: false, error: 'not-saved' });
    expect(await countRows(me.id)).toBe(0);
  });

  it('removes all, and restores a removed bookmark with its note and save date', async () => {
    const me = newVisitor();
    await addBookmark(me.id, 'botox');
    await addBookmark(me.id, 'facelift');
    await setNote(me.id, 'facelift', 'Second opinion');
    const removed = (await removeBookmark(me.id, 'facelift'))!;
    expect(await restoreBookmark(me.id, removed)).toEqual({ ok: true, restored: true });
    const facelift = (await listBookmarks(me.id)).find((item) => item.procedure.slug === 'facelift')!;
    expect(facelift).toMatchObject({ note: 'Second opinion', savedAt: removed.savedAt });

    // Saved again meanwhile without a note: the restore keeps that row and brings the note back.
    await removeBookmark(me.id, 'facelift');
    await addBookmark(me.id, 'facelift');
    expect(await restoreBookmark(me.id, removed)).toEqual({ ok: true, restored: false });
    expect(await noteOf(me.id, 'facelift')).toBe('Second opinion');
    expect(await countRows(me.id, 'facelift')).toBe(1);

    expect(await removeAllBookmarks(me.id)).toBe(2);
    expect(await countRows(me.id)).toBe(0);
  });
});
