import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/bench/free-port';
import { startAppServer, type AppServer } from './support/app-server';
import { postToggle, savedSlugs, toggleActionId, type Visitor } from './support/bookmark-http';
import { catalogSlugs, createSeededDatabase, type SeededDatabase } from './support/seeded-database';

// Nothing a visitor saved may be lost: not by a restart, not by the server being killed in the
// middle of writes. Each test runs its own `next start` on its own database (PGlite or, with
// TEST_DATABASE_URL, PostgreSQL) so it can stop and kill it without touching the shared server.

let database: SeededDatabase;
const running = new Set<AppServer>();

async function start(env: Record<string, string> = {}): Promise<AppServer> {
  const server = await startAppServer(database.url, await freePort(), { env });
  running.add(server);
  return server;
}

async function stop(server: AppServer): Promise<void> {
  await server.stop();
  running.delete(server);
}

/** kill -9: no shutdown hooks, no flush, whatever was in flight is cut off. */
async function crash(server: AppServer): Promise<void> {
  await new Promise<void>((resolve) => {
    if (server.process.exitCode !== null || server.process.signalCode !== null) return resolve();
    server.process.once('exit', () => resolve());
    server.process.kill('SIGKILL');
  });
  running.delete(server);
}

beforeAll(async () => {
  database = await createSeededDatabase('durability');
});

afterAll(async () => {
  for (const server of running) await server.stop();
  await database?.drop();
});

describe(`bookmarks survive restarts and crashes (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('a bookmark saved before a restart is there after it', async () => {
    const first = await start();
    const actionId = await toggleActionId(first.url);
    const visitor: Visitor = { cookie: null };
    expect(await postToggle(first.url, actionId, visitor, 'botox')).toBe(true);
    expect(await postToggle(first.url, actionId, visitor, 'lip-filler')).toBe(true);
    expect(await savedSlugs(first.url, visitor)).toEqual(['botox', 'lip-filler']);
    await stop(first);

    const second = await start();
    expect(await savedSlugs(second.url, visitor)).toEqual(['botox', 'lip-filler']);
    await stop(second);
  });

  // PGlite runs once as by default and once syncing each commit to disk (PGLITE_FSYNC=on): the
  // setting must not lose what a kill loses nothing of either.
  const settings: Record<string, string>[] = process.env.TEST_DATABASE_URL ? [{}] : [{}, { PGLITE_FSYNC: 'on' }];
  it.each(settings)('every acknowledged bookmark is still there after kill -9 in the middle of writes %o', async (env) => {
    const server = await start(env);
    const actionId = await toggleActionId(server.url);
    const slugs = await catalogSlugs(server.url);
    const visitors = Array.from({ length: 12 }, (): Visitor => ({ cookie: null }));
    const acknowledged = visitors.map(() => new Set<string>());
    const attempted = visitors.map(() => new Set<string>());

    // Each visitor first gets its cookie, then saves the rest of the catalog as fast as the
    // server answers, all visitors at once. The kill lands once enough writes were answered.
    for (const [i, visitor] of visitors.entries()) {
      attempted[i]!.add(slugs[i]!);
      expect(await postToggle(server.url, actionId, visitor, slugs[i]!)).toBe(true);
      acknowledged[i]!.add(slugs[i]!);
    }
    let acknowledgedCount = visitors.length;
    let killed: Promise<void> | undefined;
    const killAfter = visitors.length + 120;
    await Promise.all(
      visitors.map(async (visitor, i) => {
        for (let step = 1; step < slugs.length; step += 1) {
          const slug = slugs[(i + step) % slugs.length]!;
          attempted[i]!.add(slug);
          const saved = await postToggle(server.url, actionId, visitor, slug).catch(() => false);
          if (!saved) return; // the server is gone (or refused): stop writing
          acknowledged[i]!.add(slug);
          acknowledgedCount += 1;
          if (acknowledgedCount >= killAfter) killed ??= crash(server);
        }
      }),
    );
    await killed;
    // The kill really did cut writes off: not every visitor got through the whole catalog.
    expect(acknowledged.some((set) => set.size < slugs.length)).toBe(true);

    const restarted = await start(env);
    for (const [i, visitor] of visitors.entries()) {
      const saved = await savedSlugs(restarted.url, visitor);
      // Every acknowledged write survived; nothing appeared that was never asked for.
      expect(saved).toEqual(expect.arrayContaining([...acknowledged[i]!]));
      expect(saved.every((slug) => attempted[i]!.has(slug))).toBe(true);
    }
    // And the database is still fully usable: a new write after the crash is acknowledged.
    const after: Visitor = { cookie: null };
    expect(await postToggle(restarted.url, actionId, after, 'botox')).toBe(true);
    expect(await savedSlugs(restarted.url, after)).toEqual(['botox']);
    await stop(restarted);
  });
});
