import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { remove, removeAll, restore, saveOrRemove, updateNote, type CommandResult } from '@/lib/bookmarks/server/commands';
import { ERROR_CODES, ERROR_MESSAGES } from '@/lib/bookmarks/messages';
import { decodeUndo } from '@/lib/bookmarks/undo';
import { addBookmark, setNote } from '@/lib/bookmarks/server/store';
import { newVisitor } from './helpers';

// Property-based: the command layer is what every server action hands untrusted input to
// (form fields, action arguments, the undo cookie's payload). Whatever arrives, a command never
// throws, a refusal carries a known code and a message fit to show, and a refusal writes nothing.
// The limiter is set high so the properties test validation; the limit has its own tests.

const ROOMY = { limit: 1_000_000, windowSeconds: 60 };
const SLUGS = ['botox', 'facelift', 'lip-filler'];

const slug = fc.oneof(
  fc.constantFrom(...SLUGS, 'unicorn-lift', 'BOTOX', ' botox', 'botox ', '', 'a'.repeat(81), '../etc', 'botox\u0000'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const noteValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', minLength: 990, maxLength: 1010 }),
  fc.constantFrom('', '  ', '\r\n', 'ok\u0000', 'a\u0007b', '=cmd|"/c calc"!A1'),
);
const junk = fc.anything({
  maxDepth: 2,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
});
const field = <T>(typical: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: typical }, { weight: 1, arbitrary: junk });
/** Objects shaped like each command's input, with any field swapped for junk, dropped or added. */
const shaped = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record(fields, { requiredKeys: [] }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.record(fields), fc.dictionary(fc.string({ maxLength: 8 }), junk, { maxKeys: 2 }))
        .map(([a, b]) => ({ ...b, ...a })),
    },
    { weight: 1, arbitrary: junk },
  );

const inputs = {
  saveOrRemove: shaped({ slug: field(slug), saved: field(fc.boolean()) }),
  updateNote: shaped({ slug: field(slug), note: field(noteValue) }),
  remove: shaped({ slug: field(slug) }),
  restore: shaped({
    slug: field(slug),
    note: field(fc.option(noteValue)),
    savedAt: field(
      fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        fc.string(),
      ),
    ),
  }),
  removeAll: shaped({ confirm: field(fc.constantFrom('remove-all', 'yes', 'REMOVE-ALL', '')) }),
};

type Name = keyof typeof inputs;
const run: Record<Name, (visitorId: string, input: unknown) => Promise<CommandResult>> = {
  saveOrRemove: (id, input) => saveOrRemove(id, input, ROOMY),
  updateNote: (id, input) => updateNote(id, input, ROOMY),
  remove: (id, input) => remove(id, input, ROOMY),
  restore: (id, input) => restore(id, input, ROOMY),
  removeAll: (id, input) => removeAll(id, input, ROOMY),
};

async function snapshot(visitorId: string): Promise<string> {
  const db = await getDb();
  const rows = await db.bookmark.findMany({
    where: { visitorId },
    orderBy: { procedureId: 'asc' },
    select: { procedureId: true, note: true, createdAt: true },
  });
  return JSON.stringify(rows);
}

async function resetTo(visitorId: string): Promise<void> {
  const db = await getDb();
  await db.bookmark.deleteMany({ where: { visitorId } });
  await addBookmark(visitorId, 'botox');
  await setNote(visitorId, 'botox', 'original note');
  await addBookmark(visitorId, 'facelift');
}

describe('bookmark commands under arbitrary input (property-based, real database)', () => {
  for (const name of Object.keys(inputs) as Name[]) {
    it(`${name}: never throws; a refusal is a known code with a message, and changes nothing`, async () => {
      const me = newVisitor();
      await resetTo(me.id);
      await fc.assert(
        fc.asyncProperty(inputs[name], async (input) => {
          const before = await snapshot(me.id);
          const result = await run[name](me.id, input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(ERROR_CODES).toContain(result.error);
            expect(result.message.length).toBeGreaterThan(0);
            // The message is ours (a field message or the code's), never an exception's text.
            if (!result.fieldErrors) expect(result.message).toBe(ERROR_MESSAGES[result.error]);
            expect(await snapshot(me.id)).toBe(before);
          } else if ((await snapshot(me.id)) !== before) {
            await resetTo(me.id);
          }
        }),
        { numRuns: 60 },
      );
    });
  }

  it('the undo cookie: any cookie values decode to a valid payload or null, never throw', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.oneof(fc.string(), fc.base64String(), fc.string({ unit: 'binary' })), { nil: undefined }), { maxLength: 4 }),
        (values) => {
          const decoded = decodeUndo(values);
          if (decoded !== null) expect(typeof decoded.slug).toBe('string');
        },
      ),
      { numRuns: 500 },
    );
  });
});
