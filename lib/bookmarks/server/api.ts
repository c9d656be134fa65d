import type { z } from 'zod';
import { parseJsonBody } from '../../http/body';
import { jsonError } from '../../http/errors';
import { describeImportError, importFileSchema } from '../import-file';
import { jsonPayloadTooLarge } from '../../http/json';
import { importList } from './import';
import { requestClientAddress } from '../../http/client-address';
import * as commands from './commands';
import { BOOKMARK_ERRORS } from '../messages';
import { type RequestVisitor, visitorOfRequest, visitorSetCookie } from './visitor';

// The JSON write API (app/api/bookmarks/[slug]/route.ts): the same commands and visitor cookie
// as the server actions, answered with HTTP statuses: 404 for an unknown procedure (or, for a
// note, one not saved), 429 with Retry-After when the visitor's write budget is spent. The
// route's withApi has already refused another site's Origin and parsed the slug and body.

type Failure = Extract<Awaited<ReturnType<typeof commands.saveOrRemove>>, { ok: false }>;

const NO_STORE = { 'Cache-Control': 'private, no-store' };

/** A command's refusal in the API's words: its code and status come from BOOKMARK_ERRORS. */
function failed(result: Failure): Response {
  const retry = result.retryAfterSeconds;
  return jsonError(BOOKMARK_ERRORS[result.error].api, result.message, {
    details: retry !== undefined ? { retryAfterSeconds: retry } : {},
    headers: { ...NO_STORE, ...(retry !== undefined ? { 'Retry-After': String(retry) } : {}) },
  });
}

function succeeded(request: Request, visitor: RequestVisitor, body: unknown): Response {
  const response = Response.json(body, { headers: NO_STORE });
  if (visitor.isNew) response.headers.append('Set-Cookie', visitorSetCookie(request, visitor.token));
  return response;
}

/** PUT /api/bookmarks/{slug}: saved, whatever it was (idempotent). */
export async function putBookmark(request: Request, slug: string): Promise<Response> {
  const visitor = visitorOfRequest(request);
  const refused = visitor.isNew ? await commands.admitNewVisitor(requestClientAddress(request.headers)) : null;
  if (refused) return failed(refused);
  const result = await commands.saveOrRemove(visitor.id, { slug, saved: true });
  if (!result.ok) return failed(result);
  return succeeded(request, visitor, { slug, saved: true });
}

/** DELETE /api/bookmarks/{slug}: not saved, whatever it was; `removed` holds what undo needs. */
export async function deleteBookmark(request: Request, slug: string): Promise<Response> {
  // No cookie: nothing can be saved, but an unknown procedure is still a 404, so ask the command
  // with a throwaway identity that is never sent back.
  const visitor = { ...visitorOfRequest(request), isNew: false };
  const result = await commands.saveOrRemove(visitor.id, { slug, saved: false });
  if (!result.ok) return failed(result);
  return succeeded(request, visitor, { slug, saved: false, removed: result.removed });
}

/** PATCH /api/bookmarks/{slug} with {"note": "…"}: replaces the note ("" clears it). */
export async function patchBookmarkNote(request: Request, slug: string, note: string | null): Promise<Response> {
  const visitor = { ...visitorOfRequest(request), isNew: false };
  const result = await commands.updateNote(visitor.id, { slug, note: note ?? '' });
  if (!result.ok) return failed(result);
  return succeeded(request, visitor, { slug: result.slug, note: result.note });
}

/**
 * POST /api/bookmarks/import with the app's own JSON export as the body: merged into the list,
 * all or nothing. A body over the import limit (IMPORT_MAX_BYTES) is refused (413) before it is read; every bad file is a 400 with
 * the zod issues and a sentence saying what is wrong.
 */
export async function importBookmarks(request: Request): Promise<Response> {
  // Read under the import's own line in the body limits table (lib/http/body-limits.mjs).
  const parsed = await parseJsonBody(request, importFileSchema);
  if ('tooLarge' in parsed) return jsonPayloadTooLarge(parsed.tooLarge);
  if (!parsed.success) return invalidFile(parsed.error);
  const visitor = visitorOfRequest(request);
  const refused = visitor.isNew ? await commands.admitNewVisitor(requestClientAddress(request.headers)) : null;
  if (refused) return failed(refused);
  const result = await importList(visitor.id, parsed.data);
  if (!result.ok) return 'issues' in result ? invalidFile(result.issues) : failed(result);
  return succeeded(request, visitor, result.result);
}

function invalidFile(error: z.ZodError): Response {
  return jsonError('invalid_parameters', describeImportError(error), {
    details: { issues: error.issues.map((issue) => ({ path: issue.path.map(String), code: issue.code, message: issue.message })) },
    headers: NO_STORE,
  });
}

/** POST /api/bookmarks/transfer: a one-time code for the visitor's list (shown once, never logged). */
export async function startTransferApi(request: Request): Promise<Response> {
  const visitor = { ...visitorOfRequest(request), isNew: false };
  const result = await commands.startTransfer(visitor.id);
  if (!result.ok) return failed(result);
  return succeeded(request, visitor, result.issued);
}

/** POST /api/bookmarks/transfer/redeem {"code"}: the code's list merged into the caller's. */
export async function redeemTransferApi(request: Request, code: string): Promise<Response> {
  const visitor = visitorOfRequest(request);
  const address = requestClientAddress(request.headers);
  const refused = visitor.isNew ? await commands.admitNewVisitor(address) : null;
  if (refused) return failed(refused);
  const result = await commands.redeemTransfer(visitor.id, address, { code });
  if (!result.ok) return failed(result);
  return succeeded(request, visitor, result.result);
}
