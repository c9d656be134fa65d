import { z } from 'zod';
import { parseLeniently, toRawQuery, toSearchParams, type QueryInput } from '../../http/query-entries';
import { renameLegacyQuery } from './legacy-names';
import type { ListRegistry, ValueSpec } from './filter-kinds';
import { LIST_REGISTRY, type ListParams } from './filter-registry';

export type { ListParams } from './filter-registry';

// The one description of the catalog list's URL state, shared by /procedures and
// GET /api/procedures, built from the filter registry. The API parses strictly (400 with
// issues); pages parse leniently: a bad value falls back to its default and is reported, so any
// URL renders.

const wholeNumber = (max: number) =>
  z.string().trim().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(0).max(max));

/** The zod schema for one field's raw query value. */
function fieldSchema(spec: ValueSpec): z.ZodType {
  switch (spec.kind) {
    case 'text':
      return (
        z
          .string()
          .trim()
          .max(spec.maxLength, `must be at most ${spec.maxLength} characters`)
          // Postgres text cannot hold NUL, and no name contains control characters.
          .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters')
          .optional()
      );
    case 'wholeNumber': {
      const number =
        spec.min === undefined
          ? wholeNumber(spec.max)
          : wholeNumber(spec.max).pipe(z.number().min(spec.min, `must be ${spec.min} or more`));
      return spec.default === undefined ? number.optional() : number.default(spec.default);
    }
    case 'oneOf':
      return spec.default === undefined ? z.enum(spec.values).optional() : z.enum(spec.values).default(spec.default);
    case 'anyOf':
      // At most as many values as there are options, so a form with every box ticked is still valid.
      return z.array(z.enum(spec.values)).max(spec.values.length).default([]);
  }
}

type ListSchemas = { fields: Record<string, z.ZodType>; schema: z.ZodType<ListParams> };
const built = new WeakMap<ListRegistry, ListSchemas>();

/** The per-field schemas (for lenient parsing) and the strict object schema of a registry. */
export function getListSchemas(registry: ListRegistry = LIST_REGISTRY): ListSchemas {
  let schemas = built.get(registry);
  if (!schemas) {
    const fields = Object.fromEntries(registry.fields.map((field) => [field.key, fieldSchema(field.value)]));
    // ListParams is what these schemas give by construction (ParamsOf maps each value kind to
    // what fieldSchema parses it to); zod cannot see that through a runtime table.
    const schema = z.object(fields).strict() as unknown as z.ZodType<ListParams>;
    schemas = { fields, schema };
    built.set(registry, schemas);
  }
  return schemas;
}

export const listFields = getListSchemas().fields;
export const listParamsSchema = getListSchemas().schema;

/** Turns URLSearchParams (or Next's searchParams object) into the raw shape the schema reads. */
export function toRawParams(input: QueryInput, registry: ListRegistry = LIST_REGISTRY) {
  const params = toSearchParams(input);
  return toRawQuery(renameLegacyQuery(params) ?? params, registry.repeatable);
}

export function parseListParamsStrict(input: URLSearchParams, registry: ListRegistry = LIST_REGISTRY) {
  return getListSchemas(registry).schema.safeParse(toRawParams(input, registry));
}

export type ParamNotice = { field: string; message: string };

/** Lenient parse for pages: each bad or unknown field is dropped and reported. */
export function parseListParamsLenient(
  input: QueryInput,
  registry: ListRegistry = LIST_REGISTRY,
): { params: ListParams; notices: ParamNotice[] } {
  const { fields, schema } = getListSchemas(registry);
  const { data, problems } = parseLeniently(fields, schema, toRawParams(input, registry));
  const notices = problems.map((problem) => ({
    field: problem.key,
    message:
      problem.reason === 'unknown'
        ? 'is not a filter we know, so it was ignored'
        : `${problem.message ?? 'is invalid'}, so the default was used`,
  }));
  return { params: data, notices };
}
