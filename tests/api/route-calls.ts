import { DELETE, PATCH, PUT } from '@/app/api/bookmarks/[slug]/route';
import { GET as exportList } from '@/app/api/bookmarks/export/route';
import { POST as importList } from '@/app/api/bookmarks/import/route';
import { POST as startTransfer } from '@/app/api/bookmarks/transfer/route';
import { POST as redeemTransfer } from '@/app/api/bookmarks/transfer/redeem/route';
import { GET as savedState } from '@/app/api/bookmarks/state/route';
import { GET as compare } from '@/app/api/compare/route';
import { GET as planCalendar } from '@/app/api/plan/calendar/route';
import { GET as plan } from '@/app/api/plan/route';
import { addDays, todayInTimeZone } from '@/lib/planner/dates';
import { GET as procedure } from '@/app/api/procedures/[slug]/route';
import { GET as procedures } from '@/app/api/procedures/route';
import { createToken, hashToken } from '@/lib/bookmarks/server/tokens';
import { issueTransferCode } from '@/lib/bookmarks/server/transfer';
import { VISITOR_COOKIE } from '@/lib/bookmarks/server/visitor';
import { expect } from 'vitest';

// One valid request to every API route handler, each of which reads the database (the bookmark
// routes only do when the visitor has a cookie, so they get one). Keyed "METHOD /api/path" as in
// app/api; database-down tests check that the list covers every route file.

const ORIGIN = 'http://localhost:3000';
const token = createToken();
const visitorId = hashToken(token);
const cookie = `${VISITOR_COOKIE}=${token}`;
const browser = { host: 'localhost:3000', origin: ORIGIN, cookie };
let calls = 0;
const uncached = () => `face${(calls += 1)}`;
const slug = (value: string) => ({ params: Promise.resolve({ slug: value }) });
const get = (path: string) => new Request(`${ORIGIN}${path}`, { headers: browser });
const write = (method: string, path: string, body?: string) =>
  new Request(`${ORIGIN}${path}`, { method, headers: browser, ...(body !== undefined ? { body } : {}) });

/** Routes that never read the database, so an outage does not touch them. */
export const DATABASE_FREE_ROUTES = ['GET /api/schema.json'];

export const ROUTE_CALLS: Record<string, () => Promise<Response>> = {
  // The list is cached for a minute (lib/procedures/list/queries.ts): a new search each time reads the database.
  'GET /api/procedures': () => procedures(get(`/api/procedures?q=${uncached()}`)),
  'GET /api/procedures/[slug]': () => procedure(get('/api/procedures/botox'), slug('botox')),
  'GET /api/compare': () => compare(get('/api/compare?ids=botox,facelift')),
  'GET /api/plan': () => plan(get('/api/plan?downtimeDays=2')),
  'GET /api/plan/calendar': () =>
    planCalendar(
      get(`/api/plan/calendar?eventDate=${addDays(todayInTimeZone(new Date(), 'UTC'), 200)}&treatment=botox&treatment=facelift`),
    ),
  'GET /api/bookmarks/state': () => savedState(get('/api/bookmarks/state')),
  'GET /api/bookmarks/export': () => exportList(get('/api/bookmarks/export?format=json')),
  'PUT /api/bookmarks/[slug]': () => PUT(write('PUT', '/api/bookmarks/botox'), slug('botox')),
  // After PUT, before DELETE: the visitor has a list to move.
  'POST /api/bookmarks/transfer': () => startTransfer(write('POST', '/api/bookmarks/transfer')),
  'POST /api/bookmarks/transfer/redeem': async () => {
    // A code straight from the store (one logged failure per route during an outage); then a
    // well-formed stand-in that the route still has to look up.
    const code = await issueTransferCode(visitorId).then(
      (issued) => issued.code,
      () => 'ABCD-EFGH-JKMN',
    );
    return redeemTransfer(write('POST', '/api/bookmarks/transfer/redeem', JSON.stringify({ code })));
  },
  'PATCH /api/bookmarks/[slug]': () => PATCH(write('PATCH', '/api/bookmarks/botox', '{"note":"Ask about bruising"}'), slug('botox')),
  'DELETE /api/bookmarks/[slug]': () => DELETE(write('DELETE', '/api/bookmarks/botox'), slug('botox')),
  'POST /api/bookmarks/import': () =>
    importList(
      write(
        'POST',
        '/api/bookmarks/import',
        JSON.stringify({
          exportedAt: '2026-12-01T10:00:00.000Z',
          bookmarks: [{ slug: 'botox', savedAt: '2026-12-01T09:00:00.000Z', note: null }],
        }),
      ),
    ),
};

/** Every route answers as usual (on a seeded catalog, so every call succeeds). */
export async function expectAllAnswer(): Promise<void> {
  for (const [route, call] of Object.entries(ROUTE_CALLS)) {
    const response = await call();
    expect(response.status, `${route}: ${await response.clone().text()}`).toBe(200);
  }
}

/** Every route answers the JSON 503 with Retry-After, never an HTML or JSON 500; `timed` gets each one's time. */
export async function expectAllUnavailable(timed?: (route: string, ms: number) => void): Promise<void> {
  for (const [route, call] of Object.entries(ROUTE_CALLS)) {
    const started = performance.now();
    const response = await call();
    timed?.(route, performance.now() - started);
    expect(response.status, route).toBe(503);
    expect(response.headers.get('content-type'), route).toMatch(/^application\/json/);
    expect(response.headers.get('retry-after'), route).toMatch(/^[1-9]\d*$/);
    expect(response.headers.get('cache-control'), route).toMatch(/no-store/);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body, route).toEqual({
      error: 'unavailable',
      message: expect.stringMatching(/try again/),
      retryAfterSeconds: Number(response.headers.get('retry-after')),
    });
  }
}
