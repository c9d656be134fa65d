import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { REPO_ROOT, postgresUrlForTests } from '../support/test-database';
import { closeAppDatabase, reopenAppDatabaseLater } from './app-database';
import { ROUTE_CALLS, expectAllAnswer, expectAllUnavailable } from './route-calls';

// Every API route, with the embedded database closed under it: a JSON 503 with Retry-After.
// (On PostgreSQL the server itself is stopped: database-down-postgres.test.ts.)

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

function routeFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'route.ts')
    .map((file) => path.join(dir, file));
}

describe('the 503 tests reach every API route', () => {
  it('has one call for each exported method of each app/api route file', async () => {
    const routes: string[] = [];
    for (const file of routeFiles('app/api')) {
      const routeModule = (await import(path.join(REPO_ROOT, file))) as Record<string, unknown>;
      const route = `/${path
        .dirname(file)
        .split(path.sep)
        .join('/')
        .replace(/^app\//, '')}`;
      for (const method of METHODS) if (typeof routeModule[method] === 'function') routes.push(`${method} ${route}`);
    }
    expect(Object.keys(ROUTE_CALLS).sort()).toEqual(routes.sort());
  });
});

describe.skipIf(postgresUrlForTests())('API routes when the embedded database is closed', () => {
  afterAll(reopenAppDatabaseLater);

  it('answer as usual, then a JSON 503 with Retry-After once the client is closed', async () => {
    await expectAllAnswer();
    await closeAppDatabase();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expectAllUnavailable();
      // The cause goes to the server log, not to the client.
      expect(logged).toHaveBeenCalledTimes(Object.keys(ROUTE_CALLS).length);
      expect(logged).toHaveBeenCalledWith('GET /api/procedures failed', expect.objectContaining({ message: 'PGlite is closed' }));
    } finally {
      logged.mockRestore();
    }
  });
});
