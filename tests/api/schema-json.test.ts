import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GET as schemaRoute } from '@/app/api/schema.json/route';
import { routeRequestSchema } from '@/lib/api/json-schema';
import { API_ROUTES, type ApiRouteKey } from '@/lib/api/routes';
import { apiRouteHandlers } from '../support/api-routes';

// /api/schema.json is generated from the schemas the routes parse with; these tests hold it to
// that: a valid JSON Schema, one entry per route file's handler, and each entry accepting and
// refusing what the route itself accepts and refuses.

async function served() {
  const response = await schemaRoute(new Request('http://localhost/api/schema.json'));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/schema\+json/);
  return (await response.json()) as { $defs: Record<string, Record<string, unknown>> };
}

describe('/api/schema.json', () => {
  it('is a valid JSON Schema (draft 2020-12) that compiles', async () => {
    const document = await served();
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    expect(ajv.validateSchema(document), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.compile(document)).not.toThrow();
  });

  it('has one entry per route handler, and every handler goes through withApi with its own record', async () => {
    const document = await served();
    const handlers: string[] = [];
    for (const { key, handler } of await apiRouteHandlers()) {
      handlers.push(key);
      expect(API_ROUTES[key as ApiRouteKey], `${key} has a record in lib/api/routes.ts`).toBeDefined();
      expect(handler.spec, `${key} is wrapped in withApi with its record`).toBe(API_ROUTES[key as ApiRouteKey]);
    }
    expect(handlers.sort()).toEqual(Object.keys(API_ROUTES).sort());
    expect(Object.keys(document.$defs).sort()).toEqual(handlers.sort());
  });

  it('matches the zod schemas: each entry is generated from its route’s record', async () => {
    const document = await served();
    for (const [key, spec] of Object.entries(API_ROUTES)) expect(document.$defs[key], key).toEqual(routeRequestSchema(spec));
  });

  it('accepts and refuses what the routes accept and refuse', async () => {
    const document = await served();
    const ajv = new Ajv2020({ strict: false });
    const check = (key: ApiRouteKey, request: unknown) =>
      ajv.validate({ ...document.$defs[key], $defs: undefined } as object, request) as boolean;
    const samples: [ApiRouteKey, unknown, z.ZodType, unknown][] = [
      [
        'GET /api/plan',
        { query: { eventDate: '2027-03-01', concern: ['wrinkles'] } },
        API_ROUTES['GET /api/plan'].query.schema,
        { eventDate: '2027-03-01', concern: ['wrinkles'] },
      ],
      ['GET /api/plan', { query: { nonsense: '1' } }, API_ROUTES['GET /api/plan'].query.schema, { nonsense: '1' }],
      [
        'GET /api/procedures',
        { query: { sort: 'no-such-sort' } },
        API_ROUTES['GET /api/procedures'].query.schema,
        { sort: 'no-such-sort' },
      ],
      [
        'GET /api/procedures/[slug]',
        { params: { slug: 'Not A Slug' } },
        API_ROUTES['GET /api/procedures/[slug]'].params,
        { slug: 'Not A Slug' },
      ],
      [
        'PATCH /api/bookmarks/[slug]',
        { params: { slug: 'botox' }, body: { note: 'Ask about bruising' } },
        API_ROUTES['PATCH /api/bookmarks/[slug]'].body,
        { note: 'Ask about bruising' },
      ],
      [
        'PATCH /api/bookmarks/[slug]',
        { params: { slug: 'botox' }, body: { note: 7 } },
        API_ROUTES['PATCH /api/bookmarks/[slug]'].body,
        { note: 7 },
      ],
    ];
    for (const [key, request, schema, part] of samples) {
      expect(check(key, request), `${key} ${JSON.stringify(request)}`).toBe(schema.safeParse(part).success);
    }
  });
});
