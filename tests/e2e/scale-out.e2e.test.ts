import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/bench/free-port';
import { untilFreshWindow } from '../support/rate-limit-window';
import { startAppServer, type AppServer } from './support/app-server';
import { postToggle, savedSlugs, sendToggle, toggleActionId, visitorHeaders, type Visitor } from './support/bookmark-http';
import { createSeededDatabase, type SeededDatabase } from './support/seeded-database';

// Scale-out: two stateless `next start` instances on one PostgreSQL database must behave as one
// app: the same catalog, the same bookmarks, one shared write limit. PGlite is one process per
// data folder by design, so this runs only with TEST_DATABASE_URL (as `.ci/run` does).

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
let database: SeededDatabase;
let a: AppServer;
let b: AppServer;
let actionId: string;

beforeAll(async () => {
  if (!onPostgres) return;
  database = await createSeededDatabase('scaleout');
  [a, b] = await Promise.all([startAppServer(database.url, await freePort()), startAppServer(database.url, await freePort())]);
  actionId = await toggleActionId(a.url);
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await database?.drop();
});

const json = async (url: string) => (await fetch(url)).json();

describe.runIf(onPostgres)('two app instances on one PostgreSQL database', () => {
  it('serve the same catalog', async () => {
    for (const path of ['/api/procedures?pageSize=100', '/api/procedures?downtimeDays=7&sort=cost', '/api/procedures/rhinoplasty']) {
      const [fromA, fromB] = await Promise.all([json(a.url + path), json(b.url + path)]);
      expect(fromB).toEqual(fromA);
    }
  });

  it('see each other’s bookmarks: saved through one, listed and removed through the other', async () => {
    const visitor: Visitor = { cookie: null };
    expect(await postToggle(a.url, actionId, visitor, 'botox')).toBe(true);
    expect(await postToggle(b.url, actionId, visitor, 'lip-filler')).toBe(true);
    expect(await savedSlugs(a.url, visitor)).toEqual(['botox', 'lip-filler']);
    expect(await savedSlugs(b.url, visitor)).toEqual(['botox', 'lip-filler']);

    // The /bookmarks page (rendered per request) lists them on either instance.
    const page = await (await fetch(`${b.url}/bookmarks`, { headers: visitorHeaders(visitor) })).text();
    expect(page).toContain('data-slug="botox"');
    expect(page).toContain('data-slug="lip-filler"');

    expect(await postToggle(b.url, actionId, visitor, 'botox', 'remove')).toBe(true);
    expect(await savedSlugs(a.url, visitor)).toEqual(['lip-filler']);
  });

  it('keep every write when one visitor’s requests are spread across both at once', async () => {
    const visitor: Visitor = { cookie: null };
    expect(await postToggle(a.url, actionId, visitor, 'botox')).toBe(true);
    const slugs = ['lip-filler', 'cheek-filler', 'light-chemical-peel', 'microneedling', 'facelift', 'rhinoplasty', 'liposuction'];
    const results = await Promise.all(slugs.map((slug, i) => postToggle(i % 2 ? a.url : b.url, actionId, visitor, slug)));
    expect(results.every(Boolean)).toBe(true);
    const expected = ['botox', ...slugs].sort();
    expect(await savedSlugs(a.url, visitor)).toEqual(expected);
    expect(await savedSlugs(b.url, visitor)).toEqual(expected);
  });

  it('share one write limit: the 61st write in a minute is refused whichever instance gets it', async () => {
    // 60 form posts take up to ~30 s here: start early enough in a window for all to fit in it.
    await untilFreshWindow(30_000);
    const visitor: Visitor = { cookie: null };
    for (let i = 0; i < 60; i += 1) {
      const intent = i % 2 === 0 ? 'save' : 'remove';
      expect(await postToggle(i % 2 ? a.url : b.url, actionId, visitor, 'botox', intent)).toBe(true);
    }
    const refused = await sendToggle(a.url, actionId, visitor, 'botox', 'save');
    expect(refused.headers.get('location')).toMatch(/#bookmark-rate-limited-botox$/);
    expect(await savedSlugs(b.url, visitor)).toEqual([]);
  }, 120_000);
});
