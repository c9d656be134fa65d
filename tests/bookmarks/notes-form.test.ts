import { describe, expect, it } from 'vitest';
import { updateNotes } from '@/lib/bookmarks/server/commands';
import { NOTE_MAX_LENGTH, noteEntries, noteFieldName, originalFieldName } from '@/lib/bookmarks/schema';
import { addBookmark, removeBookmark, setNote } from '@/lib/bookmarks/server/store';
import { newVisitor, noteOf } from './helpers';

// The list's one notes form (the no-JavaScript path): every box is posted, only changed notes
// are written, a refusal writes nothing.

function form(notes: Record<string, { note: string; original: string }>): FormData {
  const data = new FormData();
  for (const [slug, { note, original }] of Object.entries(notes)) {
    data.set(noteFieldName(slug), note);
    data.set(originalFieldName(slug), original);
  }
  return data;
}

describe('the notes form', () => {
  it('saves every changed note in one post, and leaves an untouched box alone', async () => {
    const me = newVisitor();
    for (const slug of ['botox', 'facelift', 'lip-filler']) await addBookmark(me.id, slug);
    // Changed in another tab after this page was rendered: the untouched box must not undo it.
    await setNote(me.id, 'lip-filler', 'from the other tab');
    const result = await updateNotes(
      me.id,
      noteEntries(
        form({ botox: { note: 'A', original: '' }, facelift: { note: 'B', original: '' }, 'lip-filler': { note: '', original: '' } }),
      ),
    );
    expect(result).toMatchObject({ ok: true, saved: ['botox', 'facelift'], missing: [] });
    expect(await noteOf(me.id, 'botox')).toBe('A');
    expect(await noteOf(me.id, 'facelift')).toBe('B');
    expect(await noteOf(me.id, 'lip-filler')).toBe('from the other tab');
  });

  it('refuses the whole form for one bad note, writing nothing, and names it', async () => {
    const me = newVisitor();
    await addBookmark(me.id, 'botox');
    await addBookmark(me.id, 'facelift');
    const result = await updateNotes(
      me.id,
      noteEntries(form({ botox: { note: 'fine', original: '' }, facelift: { note: 'x'.repeat(NOTE_MAX_LENGTH + 1), original: '' } })),
    );
    expect(result).toMatchObject({
      ok: false,
      error: 'invalid-input',
      message: 'Keep the note to 1000 characters or fewer.',
      invalid: ['facelift'],
    });
    expect(await noteOf(me.id, 'botox')).toBeNull();
  });

  it('saves the others when one procedure was removed meanwhile, and reports it', async () => {
    const me = newVisitor();
    await addBookmark(me.id, 'botox');
    await addBookmark(me.id, 'facelift');
    await removeBookmark(me.id, 'facelift');
    const result = await updateNotes(
      me.id,
      noteEntries(form({ botox: { note: 'kept', original: '' }, facelift: { note: 'gone', original: '' } })),
    );
    expect(result).toMatchObject({ ok: true, saved: ['botox'], missing: ['facelift'] });
    expect(await noteOf(me.id, 'botox')).toBe('kept');
  });

  it("never writes another visitor's notes", async () => {
    const owner = newVisitor();
    const other = newVisitor();
    await addBookmark(owner.id, 'botox');
    expect(await updateNotes(other.id, noteEntries(form({ botox: { note: 'mine?', original: '' } })))).toMatchObject({
      ok: true,
      saved: [],
      missing: ['botox'],
    });
    expect(await noteOf(owner.id, 'botox')).toBeNull();
  });
});
