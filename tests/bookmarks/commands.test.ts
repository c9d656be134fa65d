import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { remove, removeAll, restore, saveOrRemove, shareList, updateNote } from '@/lib/bookmarks/server/commands';
import { RATE_LIMIT_MESSAGE } from '@/lib/bookmarks/messages';
import { NOTE_MAX_LENGTH } from '@/lib/bookmarks/schema';
import { addBookmark, setNote } from '@/lib/bookmarks/server/store';
import { countRows, newVisitor, noteOf } from './helpers';
import { untilFreshWindow } from '../support/rate-limit-window';

// The write path as server actions run it: validation, rate limit, store.

describe('bookmark commands: validation', () => {
  it('an oversized note is refused with a clear message and the old note kept', async () => {
    const me = newVisitor();
    await addBookmark(me.id, 'botox');
    await setNote(me.id, 'botox', 'keep me');
    const result = await updateNote(me.id, { slug: 'botox', note: 'x'.repeat(NOTE_MAX_LENGTH + 1) });
    expect(result).toMatchObject({ ok: false, error: 'invalid-input', message: 'Keep the note to 1000 characters or fewer.' });
    expect(await noteOf(me.id, 'botox')).toBe('keep me');
  });

  it('trims notes, counts CRLF line breaks once, and clears on empty', async () => {
    const me = newVisitor();
    await addBookmark(me.id, 'botox');
    // 1,000 characters as the textarea counted them, submitted with CRLF line breaks.
    const typed = `${'a'.repeat(499)}\n${'b'.repeat(500)}`;
    expect(await updateNote(me.id, { slug: 'botox', note: `  ${typed.replace('\n', '\r\n')}  ` })).toMatchObject({ ok: true });
    expect(await noteOf(me.id, 'botox')).toBe(typed);
    expect(await updateNote(me.id, { slug: 'botox', note: '   \r\n ' })).toMatchObject({ ok: true, note: null });
    expect(await noteOf(me.id, 'botox')).toBeNull();
    expect(await updateNote(me.id, { slug: 'botox', note: 'nul\u0000byte' })).toMatchObject({ ok: false });
  });

  it('an unknown procedure is refused and nothing is written', async () => {
    const me = newVisitor();
    expect(await saveOrRemove(me.id, { slug: 'unicorn-lift', saved: true })).toMatchObject({
      ok: false,
      error: 'unknown-procedure',
      message: expect.stringMatching(/no such procedure/),
    });
    expect(await restore(me.id, { slug: 'unicorn-lift', note: null, savedAt: new Date().toISOString() })).toMatchObject({ ok: false });
    expect(await countRows(me.id)).toBe(0);
  });

  it('malformed input is refused and nothing is written', async () => {
    const me = newVisitor();
    for (const input of [
      null,
      'botox',
      { slug: 'Botox!', saved: true },
      { slug: 'botox', saved: 'yes' },
      { slug: ['botox'], saved: true },
    ]) {
      expect(await saveOrRemove(me.id, input)).toMatchObject({ ok: false, error: 'invalid-input' });
    }
    expect(await updateNote(me.id, { slug: 'botox', note: 42 })).toMatchObject({ ok: false });
    expect(await remove(me.id, {})).toMatchObject({ ok: false, error: 'invalid-input' });
    expect(await removeAll(me.id, { confirm: 'yes' })).toMatchObject({ ok: false, error: 'confirm-required' });
    expect(await restore(me.id, { slug: 'botox', note: null, savedAt: '2999-01-01T00:00:00.000Z' })).toMatchObject({ ok: false });
    expect(await countRows(me.id)).toBe(0);
  });

  it('remove all needs the confirmation field', async () => {
    const me = newVisitor();
    await addBookmark(me.id, 'botox');
    expect(await removeAll(me.id, {})).toMatchObject({ ok: false, error: 'confirm-required' });
    expect(await countRows(me.id)).toBe(1);
    expect(await removeAll(me.id, { confirm: 'remove-all' })).toMatchObject({ ok: true, count: 1 });
  });
});

describe('bookmark commands: rate limit', () => {
  it('refuses writes over the limit with a clear message, changing nothing', async () => {
    const me = newVisitor();
    const policy = { limit: 5, windowSeconds: 60 };
    for (let i = 0; i < 5; i += 1) {
      expect(await saveOrRemove(me.id, { slug: 'botox', saved: i % 2 === 0 }, policy)).toMatchObject({ ok: true });
    }
    const refused = await saveOrRemove(me.id, { slug: 'facelift', saved: true }, policy);
    expect(refused).toEqual({ ok: false, error: 'rate-limited', message: RATE_LIMIT_MESSAGE, retryAfterSeconds: expect.any(Number) });
    expect(await countRows(me.id, 'facelift')).toBe(0);
    expect(await updateNote(me.id, { slug: 'botox', note: 'late' }, policy)).toMatchObject({ error: 'rate-limited' });
    expect(await shareList(me.id, false, policy)).toMatchObject({ error: 'rate-limited' });
    expect(await noteOf(me.id, 'botox')).toBeNull();
  });

  it('the default policy allows 60 writes a minute, then refuses', async () => {
    await untilFreshWindow();
    const me = newVisitor();
    const results = [];
    for (let i = 0; i < 61; i += 1) results.push(await saveOrRemove(me.id, { slug: 'botox', saved: true }));
    expect(results.slice(0, 60).every((result) => result.ok)).toBe(true);
    expect(results[60]).toMatchObject({ ok: false, error: 'rate-limited' });
  });

  it('counts per visitor: one visitor at the limit does not block another', async () => {
    const busy = newVisitor();
    const calm = newVisitor();
    const policy = { limit: 1, windowSeconds: 60 };
    await saveOrRemove(busy.id, { slug: 'botox', saved: true }, policy);
    expect(await saveOrRemove(busy.id, { slug: 'botox', saved: true }, policy)).toMatchObject({ error: 'rate-limited' });
    expect(await saveOrRemove(calm.id, { slug: 'botox', saved: true }, policy)).toMatchObject({ ok: true });
  });

  it('a new window starts the count over', async () => {
    const me = newVisitor();
    const policy = { limit: 1, windowSeconds: 60 };
    await saveOrRemove(me.id, { slug: 'botox', saved: true }, policy);
    expect(await saveOrRemove(me.id, { slug: 'botox', saved: true }, policy)).toMatchObject({ error: 'rate-limited' });
    const db = await getDb();
    await db.rateLimit.update({ where: { key: `bookmarks:${me.id}` }, data: { windowStart: new Date(Date.now() - 120_000) } });
    expect(await saveOrRemove(me.id, { slug: 'botox', saved: true }, policy)).toMatchObject({ ok: true });
  });
});
