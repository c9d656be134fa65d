import { consumeRateLimit, type RateLimitPolicy } from '../../rate-limit/rate-limit';
import { ERROR_MESSAGES, type BookmarkErrorCode } from '../messages';
import {
  fieldErrorsOf,
  noteFormSchema,
  notesFormSchema,
  sharedTokenFormSchema,
  transferInputSchema,
  removeAllFormSchema,
  setSavedInputSchema,
  slugFormSchema,
  undoPayloadSchema,
  type UndoPayload,
} from '../schema';
import { createShareLink, getSharedList, revokeShareLinks, setShareNotes, type ShareLinkView } from './share';
import { mergeBookmarks } from './merge';
import { getSavedSlugs, removeAllBookmarks, removeBookmark, restoreBookmark, setNote, setNotes, setSaved } from './store';
import { normalizeTransferCode } from '../transfer-code';
import type { MergeResult } from './merge';
import { issueTransferCode, redeemTransferCode, type IssuedCode } from './transfer';

// Every write, as the server actions run it: parse the untrusted input, count it against the
// visitor's write budget, then call the store. No cookies or Next here, so tests drive these
// directly with a visitor id. Failures come back as values with a message fit to show; nothing
// is written when any step refuses.

/** 60 changes a minute is far above what a person clicks, and low enough to stop a script. */
export const WRITE_LIMIT: RateLimitPolicy = { limit: 60, windowSeconds: 60 };
/** First writes (no cookie yet) per client address: generous, since an office shares one address. */
export const NEW_VISITOR_LIMIT: RateLimitPolicy = { limit: 30, windowSeconds: 60 };

export type CommandFailure = {
  ok: false;
  error: BookmarkErrorCode;
  message: string;
  /** Form field → message, for forms that show errors beside the field. */
  fieldErrors?: Record<string, string>;
  /** When refused as rate-limited: whole seconds until the window resets (for Retry-After). */
  retryAfterSeconds?: number;
};
export type CommandResult<T = object> = ({ ok: true } & T) | CommandFailure;

function fail(error: BookmarkErrorCode, fieldErrors?: Record<string, string>): CommandFailure {
  return { ok: false, error, message: fieldErrors?.note ?? ERROR_MESSAGES[error], ...(fieldErrors ? { fieldErrors } : {}) };
}

async function limited(key: string, policy: RateLimitPolicy): Promise<CommandFailure | null> {
  const result = await consumeRateLimit(key, policy);
  return result.allowed ? null : { ...fail('rate-limited'), retryAfterSeconds: result.retryAfterSeconds };
}

function overLimit(visitorId: string, policy: RateLimitPolicy): Promise<CommandFailure | null> {
  return limited(`bookmarks:${visitorId}`, policy);
}

/** One unit of the visitor's write budget, for writes that parse their own input (import, transfer). */
export function admitWrite(visitorId: string, policy = WRITE_LIMIT): Promise<CommandFailure | null> {
  return overLimit(visitorId, policy);
}

/**
 * A visitor without a cookie gets a new identity with every write, so the per-visitor limit never
 * stops a client that drops its cookie. Such first writes also count per client address, where the
 * deployment can know it (see lib/http/client-address.ts); where it cannot, this admits.
 */
export function admitNewVisitor(address: string | null, policy = NEW_VISITOR_LIMIT): Promise<CommandFailure | null> {
  return address ? limited(`new-visitors:${address}`, policy) : Promise.resolve(null);
}

export async function saveOrRemove(
  visitorId: string,
  input: unknown,
  policy = WRITE_LIMIT,
): Promise<CommandResult<{ saved: boolean; removed: UndoPayload | null }>> {
  const parsed = setSavedInputSchema.safeParse(input);
  if (!parsed.success) return fail('invalid-input');
  const limited = await overLimit(visitorId, policy);
  if (limited) return limited;
  const result = await setSaved(visitorId, parsed.data.slug, parsed.data.saved);
  return result.ok ? result : fail(result.error);
}

export async function updateNote(
  visitorId: string,
  input: unknown,
  policy = WRITE_LIMIT,
): Promise<CommandResult<{ slug: string; note: string | null }>> {
  const parsed = noteFormSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    return fail('invalid-input', fieldErrors.note ? { note: fieldErrors.note } : undefined);
  }
  const limited = await overLimit(visitorId, policy);
  if (limited) return limited;
  const result = await setNote(visitorId, parsed.data.slug, parsed.data.note);
  return result.ok ? { ok: true, ...parsed.data } : fail(result.error);
}

/**
 * The list's notes form: every changed note in one write (one unit of the write budget). A note
 * that cannot be saved refuses the whole form, so the page can hand every draft back as typed.
 */
export async function updateNotes(
  visitorId: string,
  input: unknown,
  policy = WRITE_LIMIT,
): Promise<CommandResult<{ saved: string[]; missing: string[] }> & { invalid?: string[] }> {
  const parsed = notesFormSchema.safeParse(input);
  if (!parsed.success) {
    const entries = Array.isArray(input) ? (input as { slug?: unknown }[]) : [];
    const invalid = parsed.error.issues.map((issue) => entries[Number(issue.path[0])]?.slug).filter((slug) => typeof slug === 'string');
    const noteMessage = parsed.error.issues.find((issue) => issue.path[1] === 'note')?.message;
    return { ...fail('invalid-input', noteMessage ? { note: noteMessage } : undefined), invalid };
  }
  const changes = parsed.data.filter((entry) => entry.note !== entry.original).map(({ slug, note }) => ({ slug, note }));
  if (changes.length === 0) return { ok: true, saved: [], missing: [] };
  const limited = await overLimit(visitorId, policy);
  if (limited) return limited;
  return { ok: true, ...(await setNotes(visitorId, changes)) };
}

/** Tries at a transfer code per visitor, and per client address where known: typos, not guessing. */
export const REDEEM_LIMIT: RateLimitPolicy = { limit: 5, windowSeconds: 60 };
export const REDEEM_ADDRESS_LIMIT: RateLimitPolicy = { limit: 20, windowSeconds: 60 };

export async function startTransfer(visitorId: string, policy = WRITE_LIMIT): Promise<CommandResult<{ issued: IssuedCode }>> {
  const limited = await overLimit(visitorId, policy);
  if (limited) return limited;
  if ((await getSavedSlugs(visitorId)).length === 0) return fail('nothing-to-move');
  return { ok: true, issued: await issueTransferCode(visitorId) };
}

/** Every try counts against the limits, a malformed one too, before the code is looked up. */
export async function redeemTransfer(
  visitorId: string,
  address: string | null,
  input: unknown,
  policy = REDEEM_LIMIT,
): Promise<CommandResult<{ result: MergeResult }>> {
  const tooMany =
    (await limited(`transfer-redeem:${visitorId}`, policy)) ??
    (address ? await limited(`transfer-redeem-address:${address}`, REDEEM_ADDRESS_LIMIT) : null);
  if (tooMany) return tooMany;
  const parsed = transferInputSchema.safeParse(input);
  const code = parsed.success ? normalizeTransferCode(parsed.data.code) : null;
  if (!code) return fail('transfer-malformed');
  const redeemed = await redeemTransferCode(visitorId, code);
  return redeemed.ok ? { ok: true, result: redeemed.result } : fail(redeemed.error);
}

/** Removing something already gone succeeds with removed: null (a double click is not an error). */
export async function remove(
  visitorId: string,
  input: unknown,
  policy = WRITE_LIMIT,
): Promise<CommandResult<{ slug: string; removed: UndoPayload | null }>> {
  const parsed = slugFormSchema.safeParse(input);
  if (!parsed.success) return fail('invalid-input');
  const limited = await overLimit(visitorId, policy);
  if (limited) return limited;
  return { ok: true, slug: parsed.data.slug, removed: await removeBookmark(visitorId, parsed.data.slug) };
}

export async function restore(visitorId: string, input: unknown, policy = WRITE_LIMIT): Promise<CommandResult<{ slug: string }>> {
  const parsed = undoPayloadSchema.safeParse(input);
  if (!parsed.success) return fail('invalid-input');
  const limited = await overLimit(visitorId, policy);
  if (limited) return limited;
  const result = await restoreBookmark(visitorId, parsed.data);
  return result.ok ? { ok: true, slug: parsed.data.slug } : fail(result.error);
}

export async function removeAll(visitorId: string, input: unknown, policy = WRITE_LIMIT): Promise<CommandResult<{ count: number }>> {
  if (!removeAllFormSchema.safeParse(input).success) return fail('confirm-required');
  const limited = await overLimit(visitorId, policy);
  if (limited) return limited;
  return { ok: true, count: await removeAllBookmarks(visitorId) };
}

export async function shareList(
  visitorId: string,
  includeNotes = false,
  policy = WRITE_LIMIT,
): Promise<CommandResult<{ link: ShareLinkView }>> {
  const limited = await overLimit(visitorId, policy);
  if (limited) return limited;
  return { ok: true, link: await createShareLink(visitorId, includeNotes) };
}

export async function shareNotes(visitorId: string, includeNotes: boolean, policy = WRITE_LIMIT): Promise<CommandResult> {
  const limited = await overLimit(visitorId, policy);
  if (limited) return limited;
  return (await setShareNotes(visitorId, includeNotes)) ? { ok: true } : fail('nothing-to-share');
}

/**
 * "Save these to my list" on a shared page: the shared procedures join the visitor's list. Only
 * procedures: the sharer's notes stay theirs, and the visitor's own notes are never touched.
 */
export async function keepSharedList(
  visitorId: string,
  input: unknown,
  policy = WRITE_LIMIT,
): Promise<CommandResult<{ result: MergeResult }>> {
  const parsed = sharedTokenFormSchema.safeParse(input);
  if (!parsed.success) return fail('share-gone');
  const limited = await overLimit(visitorId, policy);
  if (limited) return limited;
  const list = await getSharedList(parsed.data.token);
  if (!list) return fail('share-gone');
  const merged = await mergeBookmarks(
    visitorId,
    list.items.map((item) => ({ slug: item.slug, note: null })),
  );
  return merged.ok ? { ok: true, result: merged.result } : fail('unknown-procedure');
}

export async function stopSharing(visitorId: string, policy = WRITE_LIMIT): Promise<CommandResult<{ count: number }>> {
  const limited = await overLimit(visitorId, policy);
  if (limited) return limited;
  return { ok: true, count: await revokeShareLinks(visitorId) };
}
