'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { requestClientAddress } from '../../http/client-address';
import { IMPORT_MAX_BYTES, describeImportError, parseImportText } from '../import-file';
import { ERROR_MESSAGES } from '../messages';
import { bookmarksHref } from '../page-params';
import { formFields } from '../schema';
import * as commands from './commands';
import { importList } from './import';
import { getCurrentVisitorId, getVisitorSession, type VisitorSession } from './session';

// Server actions that bring a list from elsewhere: a transfer code from another device, the
// site's own export file, a list someone shared. Forms with useActionState, so they work without
// JavaScript; a refusal comes back with what was typed and why, success lands on /bookmarks.

export type TransferCodeState = { code?: string; expiresAt?: string; message?: string };
export type MoveFormState = { message?: string; value?: string };

export async function makeTransferCode(): Promise<TransferCodeState> {
  const visitorId = await getCurrentVisitorId();
  if (!visitorId) return { message: ERROR_MESSAGES['nothing-to-move'] };
  const result = await commands.startTransfer(visitorId);
  return result.ok ? result.issued : { message: result.message };
}

/** A visitor without a cookie may write here first: same address limit as a first save. */
async function writableSession(): Promise<{ session: VisitorSession; address: string | null; refused: string | null }> {
  const session = await getVisitorSession();
  const address = requestClientAddress(await headers());
  const refused = session.isNew ? await commands.admitNewVisitor(address) : null;
  return { session, address, refused: refused?.message ?? null };
}

export async function redeemTransferCodeAction(_previous: MoveFormState, formData: FormData): Promise<MoveFormState> {
  const { code = '' } = formFields(formData, ['code']);
  const { session, address, refused } = await writableSession();
  if (refused) return { message: refused, value: code };
  const result = await commands.redeemTransfer(session.id, address, { code });
  if (!result.ok) return { message: result.message, value: code };
  if (session.isNew) await session.remember();
  revalidatePath('/bookmarks');
  redirect(bookmarksHref({ status: 'transferred' }));
}

export async function importFileAction(_previous: MoveFormState, formData: FormData): Promise<MoveFormState> {
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return { message: 'Choose the JSON file that "Data file (JSON)" downloaded.' };
  if (file.size > IMPORT_MAX_BYTES) return { message: `Nothing was imported: the file must be at most ${IMPORT_MAX_BYTES / 1024} KB.` };
  const parsed = parseImportText(await file.text());
  if (!parsed.success) return { message: describeImportError(parsed.error) };
  const { session, refused } = await writableSession();
  if (refused) return { message: refused };
  const result = await importList(session.id, parsed.data);
  if (!result.ok) return { message: 'issues' in result ? describeImportError(result.issues) : result.message };
  if (session.isNew) await session.remember();
  revalidatePath('/bookmarks');
  redirect(bookmarksHref({ status: 'imported' }));
}

/** "Save these to my list" on /shared/{token}: a plain form, answered on /bookmarks. */
export async function keepSharedListAction(formData: FormData): Promise<void> {
  const { session, refused } = await writableSession();
  if (refused) redirect(bookmarksHref({ error: 'rate-limited' }));
  const result = await commands.keepSharedList(session.id, formFields(formData, ['token']));
  if (!result.ok) redirect(bookmarksHref({ error: result.error }));
  if (session.isNew) await session.remember();
  revalidatePath('/bookmarks');
  redirect(bookmarksHref({ status: 'kept-shared' }));
}
