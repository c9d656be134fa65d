import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/bench/free-port';
import { acquirePgliteLock } from '@/lib/db/pglite-lock';
import { parseDatabaseUrl } from '@/lib/config/database-url.mjs';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster';
import { postgresUrlForTests, runPrisma, runSeed } from '../support/test-database';
import { startAppServer, type AppServer } from './support/app-server';
import { createSeededDatabase, type SeededDatabase } from './support/seeded-database';

// Pages and the API while the database cannot be reached, over real HTTP to `next start` as
// `npm start` runs it: each page answers 503 with Retry-After and a message in its HTML (no
// JavaScript needed), within 5 s even when the database is frozen, and the same server serves
// the site again once the database is back. On PostgreSQL the test's own server is stopped and
// frozen (SIGSTOP); on PGlite another process holds the data folder.

/** Rendered for each request; the list's query is cached for a minute, so each search is new. */
let searches = 0;
const perRequestPages = () => [
  `/procedures?q=face${(searches += 1)}`,
  '/compare?ids=botox,facelift',
  '/plan?eventDate=2031-06-14&concern=wrinkles',
];
/**
 * Catalog pages, kept in the page cache for 30 s once rendered (and served stale after that
 * while a new copy renders): one rendered before an outage is still served during it, so each
 * phase asks for catalog pages this server has not rendered yet.
 */
const CATALOG_PAGES_BY_PHASE = {
  frozen: ['/', '/procedures/botox', '/concerns/wrinkles'],
  stopped: ['/about/data', '/procedures/facelift', '/concerns/redness'],
  held: ['/', '/procedures/botox', '/concerns/wrinkles', '/about/data'],
};
const apis = () => [`/api/procedures?q=lift${(searches += 1)}`, '/api/procedures/botox', '/api/compare?ids=botox,facelift'];
const ANSWER_WITHIN_MS = 5_000;

let server: AppServer;

async function timedGet(path: string): Promise<{ response: Response; ms: number; html: string }> {
  const started = performance.now();
  const response = await fetch(`${server.url}${path}`, { redirect: 'manual' });
  const html = await response.text();
  return { response, ms: performance.now() - started, html };
}

async function expectSiteUp(pages: readonly string[] = []): Promise<void> {
  for (const path of [...perRequestPages(), ...pages, ...apis()]) expect((await timedGet(path)).response.status, path).toBe(200);
}

/** `withinMs`: the bound the issue sets for a frozen database; otherwise only the answer counts. */
async function expectSiteUnavailable(catalogPages: readonly string[], withinMs = Infinity): Promise<number> {
  let slowest = 0;
  for (const path of [...perRequestPages(), ...catalogPages]) {
    const { response, ms, html } = await timedGet(path);
    expect(response.status, path).toBe(503);
    expect(response.headers.get('retry-after'), path).toMatch(/^[1-9]\d*$/);
    expect(response.headers.get('cache-control'), path).toMatch(/no-store/);
    expect(html, path).toContain('The catalog cannot be reached right now');
    expect(html, path).toMatch(/<a href="">try again<\/a>/);
    expect(html, path).not.toMatch(/<script/);
    expect(ms, path).toBeLessThan(withinMs);
    slowest = Math.max(slowest, ms);
  }
  for (const path of apis()) {
    const { response, ms } = await timedGet(path);
    expect(response.status, path).toBe(503);
    expect(response.headers.get('retry-after'), path).toMatch(/^[1-9]\d*$/);
    expect(ms, path).toBeLessThan(withinMs);
    slowest = Math.max(slowest, ms);
  }
  return slowest;
}

/** Until the first page answers 200 again: the app reconnects on its own, no restart. */
async function untilUp(): Promise<void> {
  const deadline = Date.now() + 30_000;
  while ((await timedGet('/procedures?q=back')).response.status !== 200) {
    if (Date.now() > deadline) throw new Error('The site did not come back within 30 s of the database');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe.skipIf(!postgresUrlForTests())('the site while PostgreSQL is stopped or frozen', () => {
  let cluster: PostgresCluster | undefined;

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    runPrisma(['migrate', 'deploy'], cluster.url);
    runSeed(cluster.url);
    server = await startAppServer(cluster.url, await freePort());
  });

  afterAll(async () => {
    await server?.stop();
    cluster?.remove();
  });

  it('frozen (SIGSTOP): every page and API answers 503 within 5 s; after SIGCONT the site is back', { timeout: 180_000 }, async () => {
    // A catalog page rendered before the outage stays in the page cache and is served during it.
    await expectSiteUp(['/procedures/lip-filler']);
    cluster!.freeze();
    let slowest: number;
    try {
      slowest = await expectSiteUnavailable(CATALOG_PAGES_BY_PHASE.frozen, ANSWER_WITHIN_MS);
      expect((await timedGet('/procedures/lip-filler')).response.status).toBe(200);
    } finally {
      cluster!.thaw();
    }
    console.info(`frozen PostgreSQL: slowest answer ${Math.round(slowest)} ms`);
    await untilUp();
    await expectSiteUp(CATALOG_PAGES_BY_PHASE.frozen);
  });

  it('stopped: 503 with the message, and back once it is started again', { timeout: 120_000 }, async () => {
    cluster!.stop();
    await expectSiteUnavailable(CATALOG_PAGES_BY_PHASE.stopped);
    cluster!.start();
    await untilUp();
    await expectSiteUp(CATALOG_PAGES_BY_PHASE.stopped);
  });
});

describe.skipIf(postgresUrlForTests())('the site while the embedded database is held by another process', () => {
  let database: SeededDatabase;

  beforeAll(async () => {
    database = await createSeededDatabase('outage');
    server = await startAppServer(database.url, await freePort());
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('answers 503 with the message, and serves the site again once the folder is free', { timeout: 180_000 }, async () => {
    await expectSiteUp();
    // Take the folder away: restart the server while this process holds the data folder's lock.
    await server.stop();
    const config = parseDatabaseUrl(database.url);
    if (config.kind !== 'pglite') throw new Error('expected a PGlite folder');
    const lock = await acquirePgliteLock(config.dataDir);
    try {
      server = await startAppServer(database.url, await freePort(), { ready: 'listening' });
      await expectSiteUnavailable(CATALOG_PAGES_BY_PHASE.held);
    } finally {
      lock.release();
    }
    await untilUp();
    await expectSiteUp(CATALOG_PAGES_BY_PHASE.held);
  });
});
