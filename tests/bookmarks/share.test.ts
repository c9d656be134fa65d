import { describe, expect, it } from 'vitest';
import { createShareLink, getActiveShareLink, getSharedList, revokeShareLinks, setShareNotes } from '@/lib/bookmarks/server/share';
import { addBookmark, setNote } from '@/lib/bookmarks/server/store';
import { newVisitor } from './helpers';

describe('share links', () => {
  it('shows the shortlist by token, without notes, dates or the visitor id', async () => {
    const me = newVisitor();
    await addBookmark(me.id, 'facelift');
    await addBookmark(me.id, 'botox');
    await setNote(me.id, 'botox', 'PRIVATE-NOTE-TEXT');
    const link = await createShareLink(me.id);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const shared = await getSharedList(link.token);
    expect(shared?.items.map((item) => item.slug)).toEqual(['botox', 'facelift']);
    const serialized = JSON.stringify(shared);
    expect(serialized).not.toContain('PRIVATE-NOTE-TEXT');
    expect(serialized).not.toContain(me.id);
    expect(serialized).not.toContain(me.token);
    expect(serialized).not.toContain('savedAt');
    expect(Object.keys(shared!).sort()).toEqual(['items', 'notes', 'sharedSince']);
    expect(shared?.notes).toEqual({});

    // Only when the owner chooses: then the notes come with the list, and can be switched off again.
    await createShareLink(me.id, true);
    expect((await getSharedList(link.token))?.notes).toEqual({ botox: 'PRIVATE-NOTE-TEXT' });
    await setShareNotes(me.id, false);
    expect(JSON.stringify(await getSharedList(link.token))).not.toContain('PRIVATE-NOTE-TEXT');
  });

  it('keeps one active link per visitor, even when asked twice at once', async () => {
    const me = newVisitor();
    await addBookmark(me.id, 'botox');
    const [first, second] = await Promise.all([createShareLink(me.id), createShareLink(me.id)]);
    expect(first.token).toBe(second.token);
    expect(await getActiveShareLink(me.id)).toEqual(first);
  });

  it('a revoked token stops working for good; a new link gets a new token', async () => {
    const me = newVisitor();
    await addBookmark(me.id, 'botox');
    const old = await createShareLink(me.id);
    expect(await revokeShareLinks(me.id)).toBe(1);
    expect(await getSharedList(old.token)).toBeNull();
    expect(await getActiveShareLink(me.id)).toBeNull();
    const renewed = await createShareLink(me.id);
    expect(renewed.token).not.toBe(old.token);
    expect(await getSharedList(old.token)).toBeNull();
    expect(await getSharedList(renewed.token)).not.toBeNull();
  });

  it('unknown and malformed tokens find nothing', async () => {
    expect(await getSharedList('A'.repeat(43))).toBeNull();
    expect(await getSharedList('short')).toBeNull();
    expect(await getSharedList('\'; DROP TABLE "Bookmark"; --')).toBeNull();
  });
});
