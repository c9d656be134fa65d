import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster';
import { postgresUrlForTests, runPrisma, runSeed } from '../support/test-database';
import { reopenAppDatabaseLater } from './app-database';
import { ROUTE_CALLS, expectAllAnswer, expectAllUnavailable } from './route-calls';

// Every API route while the PostgreSQL server is stopped mid-run, or frozen (SIGSTOP: sockets
// stay open and nothing answers, as in a network partition), and again once it is back. The
// shared test server cannot be stopped, so this test starts its own throwaway one, migrates and
// seeds it, and points the app at it. PostgreSQL runs (TEST_DATABASE_URL) only.

/** The bound for a frozen database: an answer within 5 s (lib/db/postgres-pool.ts). */
const FROZEN_ANSWER_MS = 5_000;

describe.skipIf(!postgresUrlForTests())('API routes when the PostgreSQL server stops or freezes', () => {
  const workerUrl = process.env.DATABASE_URL;
  let cluster: PostgresCluster | undefined;

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    runPrisma(['migrate', 'deploy'], cluster.url);
    runSeed(cluster.url);
    await reopenAppDatabaseLater();
    process.env.DATABASE_URL = cluster.url;
  });

  afterAll(async () => {
    await reopenAppDatabaseLater();
    process.env.DATABASE_URL = workerUrl;
    cluster?.remove();
  });

  it('answer as usual, a JSON 503 with Retry-After while the server is down, and recover when it is back', async () => {
    await expectAllAnswer();
    cluster!.stop();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expectAllUnavailable();
      // Each failure is logged with its cause: the shutdown notice (57P01) on a pooled connection,
      // or the refused connection (P1001) after it. Which route meets which depends on the pool.
      expect(logged).toHaveBeenCalledTimes(Object.keys(ROUTE_CALLS).length);
      const prismaError = expect.objectContaining({ name: 'PrismaClientKnownRequestError' });
      expect(logged).toHaveBeenCalledWith('GET /api/bookmarks/state failed', prismaError);
    } finally {
      logged.mockRestore();
    }
    // The client reconnects by itself: no restart of the app after an outage.
    cluster!.start();
    await expectAllAnswer();
  });

  it('answer a JSON 503 within 5 s each while the server is frozen, and recover when it thaws', { timeout: 120_000 }, async () => {
    await expectAllAnswer();
    cluster!.freeze();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const slowest: number[] = [];
    try {
      // Twice: first on the pool's idle connections (the query times out), then on new ones (the
      // connection times out), which is all a request can meet while nothing answers.
      for (let round = 0; round < 2; round += 1) {
        await expectAllUnavailable((route, ms) => {
          expect(ms, route).toBeLessThan(FROZEN_ANSWER_MS);
          slowest.push(ms);
        });
      }
      // And many at once, more than the pool holds: none waits behind the others for long.
      const started = performance.now();
      const answers = await Promise.all(Array.from({ length: 40 }, () => ROUTE_CALLS['GET /api/procedures/[slug]']!()));
      expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 503));
      expect(performance.now() - started).toBeLessThan(FROZEN_ANSWER_MS);
    } finally {
      cluster!.thaw();
      logged.mockRestore();
    }
    console.info(`frozen database: slowest answer ${Math.round(Math.max(...slowest))} ms`);
    // No restart: connections that waited on the frozen server were dropped, new ones work.
    await expectAllAnswer();
    await expectAllAnswer();
  });
});
