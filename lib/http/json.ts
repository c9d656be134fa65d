import type { z } from 'zod';
import { jsonError } from './errors';

// JSON responses shared by the route handlers: one shape for errors, so clients can rely on it.

export function jsonOk(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, init);
}

export function jsonBadRequest(error: z.ZodError): Response {
  return jsonError('invalid_parameters', 'Some parameters are invalid; see issues.', {
    details: { issues: error.issues.map((issue) => ({ path: issue.path.map(String), code: issue.code, message: issue.message })) },
  });
}

export function jsonNotFound(message: string): Response {
  return jsonError('not_found', message);
}
