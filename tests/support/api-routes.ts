import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './test-database';

// Every exported handler of every app/api route file, keyed "METHOD /api/path" with Next's folder
// names, for the tests that must reach every route (503s, the JSON Schema).

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export type ApiRouteHandler = { key: string; handler: { spec?: unknown } };

export async function apiRouteHandlers(): Promise<ApiRouteHandler[]> {
  const files = fs
    .readdirSync(path.join(REPO_ROOT, 'app/api'), { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'route.ts');
  const handlers: ApiRouteHandler[] = [];
  for (const file of files) {
    const routeModule = (await import(path.join(REPO_ROOT, 'app/api', file))) as Record<string, unknown>;
    const address = `/api/${path.dirname(file).split(path.sep).join('/')}`.replace(/\/\.$/, '');
    for (const method of METHODS) {
      const handler = routeModule[method];
      if (typeof handler === 'function') handlers.push({ key: `${method} ${address}`, handler: handler as { spec?: unknown } });
    }
  }
  return handlers.sort((a, b) => a.key.localeCompare(b.key));
}
