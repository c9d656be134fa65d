import { apiJsonSchema } from '@/lib/api/json-schema';
import { API_ROUTES } from '@/lib/api/routes';
import { withApi } from '@/lib/http/api';
import { jsonOk } from '@/lib/http/json';

// Built once per process: it only changes with the code.
const document = apiJsonSchema();

export const GET = withApi(API_ROUTES['GET /api/schema.json'], async () =>
  jsonOk(document, { headers: { 'Content-Type': 'application/schema+json', 'Cache-Control': 'public, max-age=3600' } }),
);
