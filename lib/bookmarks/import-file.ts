import { z } from 'zod';
import { slugSchema } from '../procedures/slug';
import { noteSchema } from './schema';

// The file "Import" reads: the app's own JSON export (lib/consultation/list-export.ts), nothing
// else. Only what the list is made of is read back (which procedures, when saved, the note); the
// catalog facts an export carries beside them (name, recovery, questions) are ignored.

// The import's body limit lives in the one table of body limits, which the server's edge reads.
import { IMPORT_MAX_BYTES } from '../http/body-limits.mjs';
export { IMPORT_MAX_BYTES };
export const IMPORT_MAX_BOOKMARKS = 500;

const NOT_AN_EXPORT = 'This is not a Procedure Compare export: choose the file "Download JSON" saved.';

const importedBookmark = z.object({
  slug: slugSchema.max(80, 'is not a procedure id'),
  savedAt: z.iso
    .datetime({ offset: true, error: 'must be a date and time (ISO 8601)' })
    .refine((iso) => Date.parse(iso) <= Date.now() + 60_000, 'is in the future'),
  note: noteSchema.nullable(),
});

export const importFileSchema = z
  .object(
    {
      exportedAt: z.iso.datetime({ offset: true, error: NOT_AN_EXPORT }),
      bookmarks: z
        .array(importedBookmark, { error: NOT_AN_EXPORT })
        .max(IMPORT_MAX_BOOKMARKS, `An export holds at most ${IMPORT_MAX_BOOKMARKS} procedures.`),
    },
    { error: NOT_AN_EXPORT },
  )
  .superRefine((file, context) => {
    const seen = new Set<string>();
    file.bookmarks.forEach((bookmark, index) => {
      if (seen.has(bookmark.slug)) context.addIssue({ code: 'custom', path: ['bookmarks', index, 'slug'], message: 'appears twice' });
      seen.add(bookmark.slug);
    });
  });
export type ImportFile = z.output<typeof importFileSchema>;

/** The file's text as an import, or the zod error saying what is wrong with it. */
export function parseImportText(text: string): z.ZodSafeParseResult<ImportFile> {
  if (new TextEncoder().encode(text).byteLength > IMPORT_MAX_BYTES)
    return fileIssue(`The file must be at most ${IMPORT_MAX_BYTES / 1024} KB.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fileIssue(`${NOT_AN_EXPORT} (It is not JSON.)`);
  }
  return importFileSchema.safeParse(json);
}

function fileIssue(message: string): z.ZodSafeParseError<ImportFile> {
  return { success: false, error: new z.ZodError([{ code: 'custom', path: [], message, input: undefined }]) as z.ZodError<ImportFile> };
}

/** One line a person can read: the first problems, each with where in the file. */
export function describeImportError(error: z.ZodError): string {
  const lines = error.issues.slice(0, 3).map((issue) => {
    const [list, index, field] = issue.path;
    if (list === 'bookmarks' && typeof index === 'number')
      return `entry ${index + 1}${field ? ` (${String(field)})` : ''} ${issue.message}`;
    return issue.message;
  });
  const more = error.issues.length > 3 ? ` and ${error.issues.length - 3} more problems` : '';
  return `Nothing was imported: ${lines.join('; ')}${more}.`;
}
