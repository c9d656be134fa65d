import { z } from 'zod';
import { currentSortName } from '../procedures/list/legacy-names';
import { slugSchema } from '../procedures/slug';

// Every input the bookmarks feature accepts (forms, server-action arguments, URLs, cookies),
// parsed once here. Nothing reaches the store without passing one of these.

export const NOTE_MAX_LENGTH = 1000;
export const BOOKMARK_SORTS = ['date', 'downtime'] as const;
export type BookmarkSort = (typeof BOOKMARK_SORTS)[number];

const slugField = slugSchema.max(80, 'is not a procedure id');

/**
 * A private note: trimmed, empty means "no note". Browsers submit a textarea's line breaks as
 * CRLF while its maxlength counted each as one character, so CRLF becomes LF before measuring:
 * a note that fitted the box is never refused for its line breaks.
 */
export const noteSchema = z
  .string({ error: 'The note must be text.' })
  .transform((value) => value.replace(/\r\n?/g, '\n').trim())
  .pipe(
    z
      .string()
      .max(NOTE_MAX_LENGTH, `Keep the note to ${NOTE_MAX_LENGTH} characters or fewer.`)
      // Postgres text cannot hold NUL; other control characters have no place in a note either.
      .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, 'The note contains characters that cannot be saved.')
      // Half of a surrogate pair (JSON can spell one, "\ud83d") has no UTF-8 form: stored, it
      // would silently become U+FFFD. Refused instead, so what is saved is what was sent.
      .regex(/^\P{Cs}*$/u, 'The note contains a broken character (half of an emoji?) that cannot be saved.'),
  )
  .transform((value) => (value === '' ? null : value));

export const setSavedInputSchema = z.object({ slug: slugField, saved: z.boolean() }).strict();
export type SetSavedInput = z.infer<typeof setSavedInputSchema>;

export const toggleFormSchema = z.object({
  slug: slugField,
  intent: z.enum(['save', 'remove']),
  returnTo: z.string().max(2000).optional(),
});

export const noteFormSchema = z.object({ slug: slugField, note: noteSchema });

/** The code typed on the second device (normalized by lib/bookmarks/transfer-code.ts). */
export const transferInputSchema = z
  .object({ code: z.string({ error: 'The code must be text.' }).max(40, 'is too long for a code') })
  .strict();

/** "Save these to my list" on a shared page: the link's token (checked against the store). */
export const sharedTokenFormSchema = z.object({ token: z.string().max(100) });

/** The most notes one form post (the list's notes form) may carry: far above any real list. */
export const NOTES_FORM_MAX = 200;
const NOTE_FIELD = 'note:';
const ORIGINAL_FIELD = 'original:';

/**
 * The list's one notes form (it works without JavaScript): every note's box and the note the page
 * was rendered with, so only the notes changed on this page are written and a note changed
 * meanwhile in another tab is not overwritten by an untouched box.
 */
export const notesFormSchema = z
  .array(z.object({ slug: slugField, note: noteSchema, original: noteSchema }))
  .max(NOTES_FORM_MAX, `A list holds at most ${NOTES_FORM_MAX} notes.`);
export type NoteChange = { slug: string; note: string | null };

export const noteFieldName = (slug: string) => `${NOTE_FIELD}${slug}`;
export const originalFieldName = (slug: string) => `${ORIGINAL_FIELD}${slug}`;

/** The notes form's fields as entries; a file where text belongs stays undefined (invalid). */
export function noteEntries(formData: FormData): { slug: string; note: unknown; original: unknown }[] {
  const entries: { slug: string; note: unknown; original: unknown }[] = [];
  for (const [key, note] of formData.entries()) {
    if (!key.startsWith(NOTE_FIELD)) continue;
    const slug = key.slice(NOTE_FIELD.length);
    const original = formData.get(originalFieldName(slug)) ?? '';
    entries.push({
      slug,
      note: typeof note === 'string' ? note : undefined,
      original: typeof original === 'string' ? original : undefined,
    });
  }
  return entries;
}
export const slugFormSchema = z.object({ slug: slugField });
export const removeAllFormSchema = z.object({
  confirm: z.literal('remove-all', { error: 'Confirm that you want to remove everything.' }),
});

/** The list's order; the old name `recovery` still reads as downtime (lib/procedures/list/legacy-names.ts). */
export const sortSchema = z.preprocess(currentSortName, z.enum(BOOKMARK_SORTS)).catch('date');

/** What a removal leaves behind so "Undo" can put the bookmark back exactly as it was. */
export const undoPayloadSchema = z.object({
  slug: slugField,
  note: noteSchema.nullable(),
  savedAt: z.iso.datetime().refine((iso) => Date.parse(iso) <= Date.now() + 60_000, 'is in the future'),
});
export type UndoPayload = z.infer<typeof undoPayloadSchema>;

/** Form fields as plain values; a file upload where text belongs becomes undefined (invalid). */
export function formFields(formData: FormData, keys: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(
    keys.map((key) => {
      const value = formData.get(key);
      return [key, typeof value === 'string' ? value : undefined];
    }),
  );
}

/** Field name → first message, the shape forms display. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}
