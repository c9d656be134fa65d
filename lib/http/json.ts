import type { core } from 'zod';

// JSON responses shared by the route handlers: one shape for errors, so clients can rely on it.

export function jsonOk(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, init);
}

// Takes zod's core error type, so schemas written with zod or zod/mini both fit.
export function jsonBadRequest(error: core.$ZodError): Response {
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
