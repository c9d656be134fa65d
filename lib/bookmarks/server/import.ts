import { z } from 'zod';
import type { ImportFile } from '../import-file';
import { type CommandFailure, admitWrite } from './commands';
import { type MergeResult, mergeBookmarks } from './merge';

// "Import": the app's own JSON export merged into the visitor's list, all or nothing. The file is
// parsed by the caller (lib/bookmarks/import-file.ts); a procedure the catalog no longer has is
// refused by name, with nothing written.

export type ImportOutcome = { ok: true; result: MergeResult } | CommandFailure | { ok: false; error: 'invalid-file'; issues: z.ZodError };

export async function importList(visitorId: string, file: ImportFile): Promise<ImportOutcome> {
  const refused = await admitWrite(visitorId);
  if (refused) return refused;
  const merged = await mergeBookmarks(
    visitorId,
    file.bookmarks.map((bookmark) => ({ slug: bookmark.slug, note: bookmark.note, savedAt: new Date(bookmark.savedAt) })),
  );
  if (merged.ok) return merged;
  const issues = merged.unknown.map((slug) => ({
    code: 'custom' as const,
    path: ['bookmarks', file.bookmarks.findIndex((bookmark) => bookmark.slug === slug), 'slug'],
    message: `"${slug}" is not in our catalog`,
    input: slug,
  }));
  return { ok: false, error: 'invalid-file', issues: new z.ZodError(issues) };
}
