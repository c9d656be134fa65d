import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { parseJsonBody } from './body';
import { type ApiErrorCode, type JsonErrorOptions, jsonError } from './errors';
import { errorResponse } from './handler';
import { jsonBadRequest, jsonPayloadTooLarge } from './json';
import { isCrossOriginRequest, jsonForbiddenOrigin } from './origin';

// The one HTTP layer every route handler goes through. A route states what it reads (query,
// path params, JSON body) as zod schemas and whether it writes (origin check); withApi parses
// each once, answers bad input with the same 400, a foreign Origin with 403, an ApiError with its
// code's status, an outage with 503 and a bug with a JSON 500. The same spec feeds
// /api/schema.json (lib/api/json-schema.ts), so the documentation cannot drift from the parsing.

/** Thrown anywhere under a handler: answered as `{ error: code, message, ...details }`. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly options: JsonErrorOptions = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A query string's schema and how URLSearchParams become the raw object it reads. */
export type QuerySpec<T extends z.ZodType = z.ZodType> = {
  schema: T;
  toRaw: (params: URLSearchParams) => unknown;
};

export type ApiRouteSpec = {
  method: 'GET' | 'PUT' | 'PATCH' | 'DELETE' | 'POST';
  /** The address, with path parameters as {name}. */
  path: string;
  summary: string;
  query?: QuerySpec;
  params?: z.ZodType;
  body?: z.ZodType;
  /** Writes refuse requests sent by another site (browsers send Origin on them). */
  origin?: 'same-site';
  /** What a success answers with, for the documentation: a media type. */
  produces?: string;
};

type Out<T> = T extends z.ZodType ? z.output<T> : T extends QuerySpec<infer S> ? z.output<S> : undefined;

export type ApiInput<S extends ApiRouteSpec> = {
  request: Request;
  query: Out<S['query']>;
  params: Out<S['params']>;
  body: Out<S['body']>;
};

type RouteContext = { params: Promise<Record<string, string | string[]>> };

export type ApiHandler<S extends ApiRouteSpec> = ((request: Request, context?: RouteContext) => Promise<Response>) & {
  readonly spec: S;
};

type Parsed = { response: Response } | { input: Record<string, unknown> };

async function parseInput(spec: ApiRouteSpec, request: Request, context: RouteContext | undefined): Promise<Parsed> {
  if (spec.origin === 'same-site' && isCrossOriginRequest(request.headers)) return { response: jsonForbiddenOrigin() };
  const input: Record<string, unknown> = { request };
  if (spec.params) {
    const parsed = spec.params.safeParse((await context?.params) ?? {});
    if (!parsed.success) return { response: jsonBadRequest(parsed.error) };
    input.params = parsed.data;
  }
  if (spec.query) {
    const parsed = spec.query.schema.safeParse(spec.query.toRaw(new URL(request.url).searchParams));
    if (!parsed.success) return { response: jsonBadRequest(parsed.error) };
    input.query = parsed.data;
  }
  if (spec.body) {
    const parsed = await parseJsonBody(request, spec.body);
    if ('tooLarge' in parsed) return { response: jsonPayloadTooLarge(parsed.tooLarge) };
    if (!parsed.success) return { response: jsonBadRequest(parsed.error) };
    input.body = parsed.data;
  }
  return { input };
}

export function withApi<const S extends ApiRouteSpec>(spec: S, handler: (input: ApiInput<S>) => Promise<Response>): ApiHandler<S> {
  const route = async (request: Request, context?: RouteContext): Promise<Response> => {
    try {
      const parsed = await parseInput(spec, request, context);
      if ('response' in parsed) return parsed.response;
      return await handler(parsed.input as ApiInput<S>);
    } catch (error) {
      if (error instanceof ApiError) return jsonError(error.code, error.message, error.options);
      // notFound(), redirect() and the like are Next's control flow, not failures.
      unstable_rethrow(error);
      console.error(`${request.method} ${new URL(request.url).pathname} failed`, error);
      return errorResponse(error);
    }
  };
  return Object.assign(route, { spec });
}
