import type { z } from 'zod';

// JSON responses shared by the route handlers: one shape for errors, so clients can rely on it.

export function jsonOk(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, init);
}

export function jsonBadRequest(error: z.ZodError): Response {
  return Response.json(
    {
      error: 'invalid_parameters',
      message: 'Some parameters are invalid; see issues.',
      issues: error.issues.map((issue) => ({ path: issue.path.map(String), code: issue.code, message: issue.message })),
    },
    { status: 400 },
  );
}

export function jsonNotFound(message: string): Response {
  return Response.json({ error: 'not_found', message }, { status: 404 });
}
