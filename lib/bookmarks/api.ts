import { z } from 'zod';
import { jsonError } from '../http/errors';
import { jsonBadRequest } from '../http/json';
import { parseJsonBody } from '../http/body';
import { requestClientAddress } from '../http/client-address';
import { isCrossOriginRequest, jsonForbiddenOrigin } from '../http/origin';
import * as commands from './commands';
import { BOOKMARK_ERRORS } from './messages';
import { noteSchema, slugFormSchema } from './schema';
import { createToken, hashToken, isWellFormedToken } from './tokens';
import { VISITOR_COOKIE, isHttpsRequest, readCookie, visitorCookieOptions } from './visitor';

// The JSON write API (app/api/bookmarks/[slug]/route.ts): the same commands and visitor cookie
// as the server actions, answered with HTTP statuses: 400 with zod issues, 403 for another
// site's Origin, 404 for an unknown procedure (or, for a note, one not saved), 429 with
// Retry-After when the visitor's write budget is spent.

type Visitor = { id: string; token: string; isNew: boolean };
type Failure = Extract<Awaited<ReturnType<typeof commands.saveOrRemove>>, { ok: false }>;

const noteBodySchema = z.object({ note: noteSchema }).strict();

const NO_STORE = { 'Cache-Control': 'private, no-store' };

/** The cookie's visitor, or a new one; the cookie is only sent once a write succeeded. */
function visitorOf(request: Request): Visitor {
  const existing = readCookie(request.headers.get('cookie'), VISITOR_COOKIE);
  const token = isWellFormedToken(existing) ? existing : createToken();
  return { id: hashToken(token), token, isNew: token !== existing };
}

/** A command's refusal in the API's words: its code and status come from BOOKMARK_ERRORS. */
function failed(result: Failure): Response {
  const retry = result.retryAfterSeconds;
  return jsonError(BOOKMARK_ERRORS[result.error].api, result.message, {
    details: retry !== undefined ? { retryAfterSeconds: retry } : {},
    headers: { ...NO_STORE, ...(retry !== undefined ? { 'Retry-After': String(retry) } : {}) },
  });
}

function succeeded(request: Request, visitor: Visitor, body: unknown): Response {
  const response = Response.json(body, { headers: NO_STORE });
  if (visitor.isNew) {
    const options = visitorCookieOptions(isHttpsRequest(request.headers, request.url));
    const cookie = [
      `${VISITOR_COOKIE}=${visitor.token}`,
      `Path=${options.path}`,
      `Max-Age=${options.maxAge}`,
      'HttpOnly',
      'SameSite=Lax',
      ...(options.secure ? ['Secure'] : []),
    ].join('; ');
    response.headers.append('Set-Cookie', cookie);
  }
  return response;
}

/** Shared prologue: Origin check, then the slug from the path. */
function guard(request: Request, slug: string): { response: Response } | { slug: string } {
  if (isCrossOriginRequest(request.headers)) return { response: jsonForbiddenOrigin() };
  const parsed = slugFormSchema.safeParse({ slug });
  return parsed.success ? { slug: parsed.data.slug } : { response: jsonBadRequest(parsed.error) };
}

/** PUT /api/bookmarks/{slug}: saved, whatever it was (idempotent). */
export async function putBookmark(request: Request, rawSlug: string): Promise<Response> {
  const checked = guard(request, rawSlug);
  if ('response' in checked) return checked.response;
  const visitor = visitorOf(request);
  const refused = visitor.isNew ? await commands.admitNewVisitor(requestClientAddress(request.headers)) : null;
  if (refused) return failed(refused);
  const result = await commands.saveOrRemove(visitor.id, { slug: checked.slug, saved: true });
  if (!result.ok) return failed(result);
  return succeeded(request, visitor, { slug: checked.slug, saved: true });
}

/** DELETE /api/bookmarks/{slug}: not saved, whatever it was; `removed` holds what undo needs. */
export async function deleteBookmark(request: Request, rawSlug: string): Promise<Response> {
  const checked = guard(request, rawSlug);
  if ('response' in checked) return checked.response;
  // No cookie: nothing can be saved, but an unknown procedure is still a 404, so ask the command
  // with a throwaway identity that is never sent back.
  const visitor = { ...visitorOf(request), isNew: false };
  const result = await commands.saveOrRemove(visitor.id, { slug: checked.slug, saved: false });
  if (!result.ok) return failed(result);
  return succeeded(request, visitor, { slug: checked.slug, saved: false, removed: result.removed });
}

/** PATCH /api/bookmarks/{slug} with {"note": "…"}: replaces the note ("" clears it). */
export async function patchBookmarkNote(request: Request, rawSlug: string): Promise<Response> {
  const checked = guard(request, rawSlug);
  if ('response' in checked) return checked.response;
  const body = await parseJsonBody(request, noteBodySchema);
  if (!body.success) return jsonBadRequest(body.error);
  const visitor = { ...visitorOf(request), isNew: false };
  const result = await commands.updateNote(visitor.id, { slug: checked.slug, note: body.data.note ?? '' });
  if (!result.ok) return failed(result);
  return succeeded(request, visitor, { slug: result.slug, note: result.note });
}
