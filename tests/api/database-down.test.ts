import { afterAll, describe, expect, it, vi } from 'vitest';
import { apiRouteHandlers } from '../support/api-routes';
import { postgresUrlForTests } from '../support/test-database';
import { closeAppDatabase, reopenAppDatabaseLater } from './app-database';
import { DATABASE_FREE_ROUTES, ROUTE_CALLS, expectAllAnswer, expectAllUnavailable } from './route-calls';

// Every API route, with the embedded database closed under it: a JSON 503 with Retry-After.
// (On PostgreSQL the server itself is stopped: database-down-postgres.test.ts.)

describe('the 503 tests reach every API route', () => {
  it('has one call for each exported method of each app/api route file that reads the database', async () => {
    const routes = (await apiRouteHandlers()).map((route) => route.key).filter((key) => !DATABASE_FREE_ROUTES.includes(key));
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
