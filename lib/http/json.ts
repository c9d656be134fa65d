import type { z } from 'zod';
import { payloadTooLargeMessage } from './body-limits.mjs';
import { jsonError } from './errors';

// JSON responses shared by the route handlers and the proxy: one shape for errors, so clients
// can rely on it.

export type ApiIssue = { path: string[]; code: string; message: string };

export function jsonOk(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, init);
}

/** The 400 every bad parameter or body gets: `{ error: "invalid_parameters", message, issues }`. */
export function jsonInvalid(issues: ApiIssue[]): Response {
  return jsonError('invalid_parameters', 'Some parameters are invalid; see issues.', { details: { issues } });
}

export function jsonBadRequest(error: z.ZodError): Response {
  return jsonInvalid(error.issues.map((issue) => ({ path: issue.path.map(String), code: issue.code, message: issue.message })));
}

/** 413: a body over its route's limit (lib/http/body-limits.mjs); nothing was written. */
export function jsonPayloadTooLarge(limit: number): Response {
  return jsonError('payload_too_large', payloadTooLargeMessage(limit));
}
