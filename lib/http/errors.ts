// The API's error vocabulary: every JSON error a route answers is `{ error, message, ... }` with
// one of these codes, and the code alone decides the HTTP status. Domain errors (BOOKMARK_ERRORS in
// lib/bookmarks/messages.ts) name their API code from this list, so a new code is added here once.

export const API_ERROR_STATUS = {
  invalid_parameters: 400,
  forbidden_origin: 403,
  not_found: 404,
  not_saved: 404,
  /** A one-time transfer code already used, or past its expiry. */
  code_used: 410,
  code_expired: 410,
  length_required: 411,
  payload_too_large: 413,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
} as const satisfies Record<string, number>;

export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

export type JsonErrorOptions = {
  /** Fields beside `error` and `message`: zod issues, retryAfterSeconds. */
  details?: Record<string, unknown>;
  headers?: Record<string, string>;
};

export function jsonError(code: ApiErrorCode, message: string, { details = {}, headers = {} }: JsonErrorOptions = {}): Response {
  const status = API_ERROR_STATUS[code];
  // An outage answer must never be served from a cache after the outage is over.
  const cache: Record<string, string> = status >= 500 ? { 'Cache-Control': 'no-store' } : {};
  return Response.json({ error: code, message, ...details }, { status, headers: { ...cache, ...headers } });
}
