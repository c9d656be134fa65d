import { z } from 'zod';
import type { ApiRouteSpec } from '../http/api';
import { API_ROUTES } from './routes';

// /api/schema.json: the API described as one JSON Schema (draft 2020-12) document, generated
// from the very schemas withApi parses with (lib/api/routes.ts). Each route is a $defs entry
// whose properties are the parts of a request it reads: query, params (the path) and body.
// Schemas describe what a client sends (io: "input"), so defaults and transforms do not leak.

const JSON_SCHEMA_DRAFT = 'https://json-schema.org/draft/2020-12/schema';

export type JsonSchema = Record<string, unknown>;

function toJson(schema: z.ZodType): JsonSchema {
  const { $schema: _draft, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return rest;
}

export function routeRequestSchema(spec: ApiRouteSpec): JsonSchema {
  const parts: Record<string, JsonSchema> = {};
  if (spec.query) parts.query = toJson(spec.query.schema);
  if (spec.params) parts.params = toJson(spec.params);
  if (spec.body) parts.body = toJson(spec.body);
  const answers = spec.produces ?? 'application/json';
  const origin = spec.origin === 'same-site' ? ' Refused with 403 when sent from another site.' : '';
  return {
    title: `${spec.method} ${spec.path}`,
    description: `${spec.summary} Answers ${answers}; errors are JSON { error, message, … }.${origin}`,
    type: 'object',
    properties: parts,
    required: Object.keys(parts).filter((part) => part !== 'query'),
    additionalProperties: false,
  };
}

export function apiJsonSchema(): JsonSchema {
  return {
    $schema: JSON_SCHEMA_DRAFT,
    $id: '/api/schema.json',
    title: 'Procedure Compare API',
    description:
      'Each $defs entry is one route (METHOD /path) and the request parts it reads. A bad part answers 400 with ' +
      '{ error: "invalid_parameters", message, issues }; a body over the route\'s limit 413 (without Content-Length 411); ' +
      'an unreachable database 503 with Retry-After.',
    $defs: Object.fromEntries(Object.entries(API_ROUTES).map(([key, spec]) => [key, routeRequestSchema(spec)])),
  };
}
