import { describe, expect, it } from 'vitest';
import { GET as exportList } from '@/app/api/bookmarks/export/route';
import { POST as importList } from '@/app/api/bookmarks/import/route';
import { IMPORT_MAX_BYTES } from '@/lib/bookmarks/import-file';
import { addBookmark, setNote } from '@/lib/bookmarks/server/store';
import { countRows, newVisitor, noteOf, type TestVisitor } from './helpers';

// Import of the site's own JSON export, through the route handler as Next calls it, on the real
// database: the export round-trips exactly; a bad file is a 400 that says what is wrong and
// writes nothing; a merge keeps the visitor's own notes.

const ORIGIN = 'http://localhost:3000';
const headers = (visitor: TestVisitor) => ({ host: 'localhost:3000', origin: ORIGIN, cookie: visitor.cookie });

async function exported(visitor: TestVisitor): Promise<string> {
  const response = await exportList(new Request(`${ORIGIN}/api/bookmarks/export?format=json`, { headers: headers(visitor) }));
  expect(response.status).toBe(200);
  return response.text();
}

function post(visitor: TestVisitor, body: string): Promise<Response> {
  return importList(new Request(`${ORIGIN}/api/bookmarks/import`, { method: 'POST', headers: headers(visitor), body }));
}

const listOf = (text: string) => (JSON.parse(text) as { bookmarks: unknown[] }).bookmarks;

describe('POST /api/bookmarks/import', () => {
  it("round-trips the site's own export exactly: procedures, save dates and notes", async () => {
    const owner = newVisitor();
    for (const slug of ['botox', 'facelift', 'lip-filler']) await addBookmark(owner.id, slug);
    await setNote(owner.id, 'botox', 'Ask about Dysport\nand bruising');
    const file = await exported(owner);

    const elsewhere = newVisitor();
    const response = await post(elsewhere, file);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ added: 3, kept: 0, notesAdded: 1 });
    expect(listOf(await exported(elsewhere))).toEqual(listOf(file));
  });

  it('merges: keeps what the visitor has, their notes included, and fills only an empty note', async () => {
    const owner = newVisitor();
    await addBookmark(owner.id, 'botox');
    await addBookmark(owner.id, 'facelift');
    await setNote(owner.id, 'botox', 'from the file');
    await setNote(owner.id, 'facelift', 'file facelift');
    const file = await exported(owner);

    const me = newVisitor();
    await addBookmark(me.id, 'botox');
    await setNote(me.id, 'botox', 'mine');
    await addBookmark(me.id, 'ipl-photofacial');
    const response = await post(me, file);
    expect(await response.json()).toEqual({ added: 1, kept: 1, notesAdded: 1 });
    expect(await noteOf(me.id, 'botox')).toBe('mine');
    expect(await noteOf(me.id, 'facelift')).toBe('file facelift');
    expect(await countRows(me.id)).toBe(3);
  });

  const bad: [string, () => string, RegExp][] = [
    ['malformed (not JSON)', () => '{"exportedAt": "2026-', /must be JSON/],
    ['foreign (another JSON file)', () => JSON.stringify({ name: 'my-app', version: '1.0.0' }), /not a Procedure Compare export/],
    ['a CSV export', () => 'Procedure,Saved at (UTC)\nBotox,2026-12-01 10:00\n', /must be JSON/],
    [
      'an unknown procedure beside a good one',
      () =>
        JSON.stringify({
          exportedAt: '2026-12-01T10:00:00.000Z',
          bookmarks: [
            { slug: 'botox', savedAt: '2026-12-01T09:00:00.000Z', note: 'good' },
            { slug: 'unicorn-lift', savedAt: '2026-12-01T09:00:00.000Z', note: null },
          ],
        }),
      /entry 2 \(slug\) "unicorn-lift" is not in our catalog/,
    ],
    [
      'a note too long, beside a good entry',
      () =>
        JSON.stringify({
          exportedAt: '2026-12-01T10:00:00.000Z',
          bookmarks: [
            { slug: 'botox', savedAt: '2026-12-01T09:00:00.000Z', note: 'good' },
            { slug: 'facelift', savedAt: '2026-12-01T09:00:00.000Z', note: 'x'.repeat(1001) },
          ],
        }),
      /entry 2 \(note\) Keep the note to 1000 characters/,
    ],
    [
      'the same procedure twice',
      () =>
        JSON.stringify({
          exportedAt: '2026-12-01T10:00:00.000Z',
          bookmarks: [
            { slug: 'botox', savedAt: '2026-12-01T09:00:00.000Z', note: null },
            { slug: 'botox', savedAt: '2026-12-01T09:00:00.000Z', note: null },
          ],
        }),
      /appears twice/,
    ],
  ];

  it.each(bad)('refuses %s with a 400 saying what is wrong, and writes nothing', async (_name, body, message) => {
    const me = newVisitor();
    await addBookmark(me.id, 'ipl-photofacial');
    const response = await post(me, body());
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: string; message: string; issues: unknown[] };
    expect(answer.error).toBe('invalid_parameters');
    expect(answer.message).toMatch(/^Nothing was imported: /);
    expect(answer.message).toMatch(message);
    expect(answer.issues.length).toBeGreaterThan(0);
    expect(await countRows(me.id)).toBe(1);
    expect(await noteOf(me.id, 'botox')).toBeUndefined();
  });

  it('refuses a file over its limit with a 413 naming the limit, before reading it, and writes nothing', async () => {
    const me = newVisitor();
    await addBookmark(me.id, 'ipl-photofacial');
    const response = await post(
      me,
      JSON.stringify({ exportedAt: '2026-12-01T10:00:00.000Z', bookmarks: [], padding: 'x'.repeat(IMPORT_MAX_BYTES) }),
    );
    expect(response.status).toBe(413);
    const answer = (await response.json()) as { error: string; message: string };
    expect(answer.error).toBe('payload_too_large');
    expect(answer.message).toContain(String(IMPORT_MAX_BYTES));
    expect(await countRows(me.id)).toBe(1);
  });

  it('refuses another site (403) and sets a cookie for a new visitor only once the import is written', async () => {
    const me = newVisitor();
    const foreign = await importList(
      new Request(`${ORIGIN}/api/bookmarks/import`, {
        method: 'POST',
        headers: { ...headers(me), origin: 'https://evil.example' },
        body: '{}',
      }),
    );
    expect(foreign.status).toBe(403);
    const fresh = await importList(
      new Request(`${ORIGIN}/api/bookmarks/import`, { method: 'POST', headers: { host: 'localhost:3000', origin: ORIGIN }, body: '{}' }),
    );
    expect(fresh.status).toBe(400);
    expect(fresh.headers.get('set-cookie')).toBeNull();
  });
});
