'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { requestClientAddress } from '../../http/client-address';
import { requestHost } from '../../http/origin';
import * as commands from './commands';
import { ERROR_MESSAGES, type BookmarkErrorCode } from '../messages';
import { bookmarksHref } from '../page-params';
import { addRefererQuery, refererPath, safeReturnTo, withFragment } from '../return-to';
import { slugSchema } from '../../procedures/slug';
import { formFields, noteEntries, setSavedInputSchema, sortSchema, toggleFormSchema, type UndoPayload } from '../schema';
import { clearUndoCookie, getCurrentVisitorId, getVisitorSession, readUndoCookie, setUndoCookie } from './session';

// Server actions: read the visitor from the cookie, run a command, then redirect (forms, so
// they work without JavaScript) or return a result (the toggle's scripted path). Next's
// Origin check for actions stays on; every command validates its input itself.

export type ToggleResult =
  { ok: true; saved: boolean; removed: UndoPayload | null } | { ok: false; error: BookmarkErrorCode; message: string };

/** What the notes form gets back when it is refused: every box's text as typed, and why. */
export type NotesFormState = { message?: string; drafts?: Record<string, string>; invalid?: string[] };

const sortOf = (formData: FormData) => sortSchema.parse(formFields(formData, ['sort']).sort);

function failure(error: BookmarkErrorCode): ToggleResult {
  return { ok: false, error, message: ERROR_MESSAGES[error] };
}

/** The toggle with JavaScript: explicit "saved or not" (idempotent), result returned, no redirect. */
export async function setBookmarkSaved(input: unknown): Promise<ToggleResult> {
  const parsed = setSavedInputSchema.safeParse(input);
  if (!parsed.success) return failure('invalid-input');
  const session = await getVisitorSession();
  // Nothing can be saved under an identity minted just now, so there is nothing to remove.
  if (session.isNew && !parsed.data.saved) return { ok: true, saved: false, removed: null };
  const refused = session.isNew ? await commands.admitNewVisitor(requestClientAddress(await headers())) : null;
  if (refused) return failure(refused.error);
  const result = await commands.saveOrRemove(session.id, parsed.data);
  if (!result.ok) return failure(result.error);
  if (session.isNew) await session.remember();
  // No revalidatePath: /bookmarks is rendered per request anyway, and revalidating would
  // re-render the (cacheable) catalog page this toggle sits on for every click.
  return { ok: true, saved: result.saved, removed: result.removed };
}

/** The toggle without JavaScript: a plain form post, answered with a redirect back. */
export async function submitBookmarkToggle(formData: FormData): Promise<void> {
  const fields = formFields(formData, ['slug', 'intent', 'returnTo']);
  const request = await headers();
  const referer = request.get('referer');
  const host = requestHost(request) ?? null;
  // The toggle's form names no returnTo (it is the same markup on every page): back to the Referer.
  const back = fields.returnTo
    ? addRefererQuery(safeReturnTo(fields.returnTo, '/procedures'), referer, host)
    : (refererPath(referer, host) ?? '/procedures');
  const parsed = toggleFormSchema.safeParse(fields);
  if (!parsed.success) redirect(bookmarksHref({ error: 'invalid-input' }));
  const { slug, intent } = parsed.data;
  const session = await getVisitorSession();
  if (session.isNew && intent === 'remove') redirect(withFragment(back, `bookmark-removed-${slug}`));
  if (session.isNew && (await commands.admitNewVisitor(requestClientAddress(request)))) {
    redirect(withFragment(back, `bookmark-rate-limited-${slug}`));
  }
  const result = await commands.saveOrRemove(session.id, { slug, saved: intent === 'save' });
  // The page shows the matching note with CSS :target, so catalog pages need no cookie or param.
  if (!result.ok) redirect(withFragment(back, `bookmark-${result.error === 'rate-limited' ? 'rate-limited' : 'failed'}-${slug}`));
  if (session.isNew) await session.remember();
  if (result.removed) await setUndoCookie(result.removed);
  redirect(withFragment(back, `bookmark-${intent === 'save' ? 'saved' : 'removed'}-${slug}`));
}

/** Puts back what the toggle's inline "Undo" holds (the removed row, note included). */
export async function undoToggleRemoval(payload: unknown): Promise<ToggleResult> {
  const visitorId = await getCurrentVisitorId();
  if (!visitorId) return failure('undo-expired');
  const result = await commands.restore(visitorId, payload);
  return result.ok ? { ok: true, saved: true, removed: null } : failure(result.error);
}

/**
 * The list's one notes form (useActionState), which is how notes save without JavaScript: every
 * box is posted, whichever "Save note" was pressed, so no draft is lost to another's save. A
 * refusal comes back with every box's text as typed.
 */
export async function saveNotes(_previous: NotesFormState, formData: FormData): Promise<NotesFormState> {
  const entries = noteEntries(formData);
  const drafts = Object.fromEntries(entries.map((entry) => [entry.slug, typeof entry.note === 'string' ? entry.note : '']));
  const visitorId = await getCurrentVisitorId();
  if (!visitorId) return { message: ERROR_MESSAGES['not-saved'], drafts };
  const result = await commands.updateNotes(visitorId, entries);
  if (!result.ok) return { message: result.message, drafts, invalid: result.invalid ?? [] };
  revalidatePath('/bookmarks');
  const pressed = slugSchema.safeParse(formFields(formData, ['save']).save);
  const status = result.missing.length > 0 ? 'notes-missing' : 'notes-saved';
  redirect(bookmarksHref({ sort: sortOf(formData), status }, pressed.success ? `saved-${pressed.data}` : undefined));
}

export async function removeSaved(formData: FormData): Promise<void> {
  const sort = sortOf(formData);
  const visitorId = await getCurrentVisitorId();
  if (!visitorId) redirect(bookmarksHref({ sort }));
  const result = await commands.remove(visitorId, formFields(formData, ['slug']));
  if (!result.ok) redirect(bookmarksHref({ sort, error: result.error }));
  // Already gone (a double submit): keep the first removal's undo rather than overwrite it.
  if (result.removed) await setUndoCookie(result.removed);
  revalidatePath('/bookmarks');
  redirect(bookmarksHref({ sort, removed: result.slug }));
}

export async function undoRemove(formData: FormData): Promise<void> {
  const sort = sortOf(formData);
  const { slug } = formFields(formData, ['slug']);
  const payload = await readUndoCookie();
  if (!payload || payload.slug !== slug) redirect(bookmarksHref({ sort, error: 'undo-expired' }));
  const session = await getVisitorSession();
  const result = await commands.restore(session.id, payload);
  if (!result.ok) redirect(bookmarksHref({ sort, error: result.error }));
  await clearUndoCookie();
  await session.remember();
  revalidatePath('/bookmarks');
  redirect(bookmarksHref({ sort, status: 'restored' }, `saved-${result.slug}`));
}

export async function removeAllSaved(formData: FormData): Promise<void> {
  const sort = sortOf(formData);
  const visitorId = await getCurrentVisitorId();
  if (!visitorId) redirect(bookmarksHref({ sort }));
  const result = await commands.removeAll(visitorId, formFields(formData, ['confirm']));
  if (!result.ok) {
    redirect(bookmarksHref({ sort, error: result.error, ...(result.error === 'confirm-required' ? { confirm: 'remove-all' } : {}) }));
  }
  revalidatePath('/bookmarks');
  redirect(bookmarksHref({ sort, status: 'all-removed' }));
}

export async function createShare(formData: FormData): Promise<void> {
  const sort = sortOf(formData);
  const visitorId = await getCurrentVisitorId();
  if (!visitorId) redirect(bookmarksHref({ sort, error: 'nothing-to-share' }));
  // Notes stay private unless the owner ticks the box (off by default, and the form says so).
  const result = await commands.shareList(visitorId, formFields(formData, ['includeNotes']).includeNotes === 'yes');
  if (!result.ok) redirect(bookmarksHref({ sort, error: result.error }, 'share'));
  revalidatePath('/bookmarks');
  redirect(bookmarksHref({ sort, status: 'share-created' }, 'share'));
}

export async function switchShareNotes(formData: FormData): Promise<void> {
  const sort = sortOf(formData);
  const visitorId = await getCurrentVisitorId();
  if (!visitorId) redirect(bookmarksHref({ sort }));
  const result = await commands.shareNotes(visitorId, formFields(formData, ['includeNotes']).includeNotes === 'yes');
  if (!result.ok) redirect(bookmarksHref({ sort, error: result.error }, 'share'));
  revalidatePath('/bookmarks');
  redirect(bookmarksHref({ sort }, 'share'));
}

export async function revokeShare(formData: FormData): Promise<void> {
  const sort = sortOf(formData);
  const visitorId = await getCurrentVisitorId();
  if (!visitorId) redirect(bookmarksHref({ sort }));
  const result = await commands.stopSharing(visitorId);
  if (!result.ok) redirect(bookmarksHref({ sort, error: result.error }, 'share'));
  revalidatePath('/bookmarks');
  revalidatePath('/shared/[token]', 'page');
  redirect(bookmarksHref({ sort, status: 'share-revoked' }, 'share'));
}
