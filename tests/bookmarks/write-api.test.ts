import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELETE, PATCH, PUT } from '@/app/api/bookmarks/[slug]/route';
import { getDb } from '@/lib/db';
import { RATE_LIMIT_MESSAGE } from '@/lib/bookmarks/messages';
import { addBookmark, setNote } from '@/lib/bookmarks/server/store';
import { countRows, newVisitor, noteOf } from './helpers';
import { untilFreshWindow } from '../support/rate-limit-window';

// The JSON write API as Next calls it: a Request with the browser's headers, against the real
// database. Same commands as the server actions, answered with HTTP statuses.

const ORIGIN = 'http://localhost:3000';
type Method = 'PUT' | 'DELETE' | 'PATCH';
const HANDLERS = { PUT, DELETE, PATCH };

function call(method: Method, slug: string, options: { cookie?: string; body?: string; headers?: Record<string, string> } = {}) {
  const request = new Request(`${ORIGIN}/api/bookmarks/${encodeURIComponent(slug)}`, {
    method,
    headers: { host: 'localhost:3000', origin: ORIGIN, ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
    ...(options.body !== undefined ? { body: options.body } : {}),
  });
  return HANDLERS[method](request, { params: Promise.resolve({ slug }) });
}

async function json(response: Response) {
  return (await response.json()) as Record<string, unknown>;
}

describe('PUT / DELETE / PATCH /api/bookmarks/{slug}', () => {
  it('saves (idempotent), notes and removes, for the caller only', async () => {
    const me = newVisitor();
    for (let i = 0; i < 2; i += 1) {
      const saved = await call('PUT', 'botox', { cookie: me.cookie });
      expect(saved.status).toBe(200);
      expect(await saved.json()).toEqual({ slug: 'botox', saved: true });
      expect(saved.headers.get('cache-control')).toBe('private, no-store');
    }
    expect(await countRows(me.id, 'botox')).toBe(1);

    const noted = await call('PATCH', 'botox', { cookie: me.cookie, body: JSON.stringify({ note: '  Ask about bruising \r\n' }) });
    expect(await noted.json()).toEqual({ slug: 'botox', note: 'Ask about bruising' });
    expect(await noteOf(me.id, 'botox')).toBe('Ask about bruising');

    const removed = await call('DELETE', 'botox', { cookie: me.cookie });
    expect(await removed.json()).toEqual({
      slug: 'botox',
      saved: false,
      removed: { slug: 'botox', note: 'Ask about bruising', savedAt: expect.any(String) },
    });
    expect(await countRows(me.id, 'botox')).toBe(0);
    expect(await json(await call('DELETE', 'botox', { cookie: me.cookie }))).toMatchObject({ saved: false, removed: null });
  });

  it('gives a new visitor a cookie only once a save succeeded', async () => {
    const first = await call('PUT', 'facelift');
    expect(first.status).toBe(200);
    const setCookie = first.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^pc_visitor=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=34560000; HttpOnly; SameSite=Lax$/);
    const cookie = setCookie.split(';')[0]!;
    expect(await json(await call('PATCH', 'facelift', { cookie, body: '{"note":"mine"}' }))).toEqual({ slug: 'facelift', note: 'mine' });

    for (const response of [
      await call('PUT', 'no-such-procedure'),
      await call('DELETE', 'facelift'),
      await call('PATCH', 'facelift', { body: '{"note":"x"}' }),
    ]) {
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });

  it('answers bad input with 400 and zod issues, unknown procedures with 404, writing nothing', async () => {
    const me = newVisitor();
    await addBookmark(me.id, 'botox');
    await setNote(me.id, 'botox', 'keep');

    const badSlug = await call('PUT', '../Botox', { cookie: me.cookie });
    expect(badSlug.status).toBe(400);
    expect(await badSlug.json()).toMatchObject({ error: 'invalid_parameters', issues: [expect.objectContaining({ path: ['slug'] })] });

    for (const body of [
      '',
      'not json',
      '[]',
      '{"note": 5}',
      '{"note":"x","extra":1}',
      JSON.stringify({ note: 'x'.repeat(1001) }),
      '{"note":"nul\\u0000"}',
      // A lone surrogate has no UTF-8 form: Postgres would get U+FFFD instead of what was sent.
      '{"note":"half \\ud83d pair"}',
    ]) {
      const response = await call('PATCH', 'botox', { cookie: me.cookie, body });
      expect(response.status, body).toBe(400);
      const answer = await json(response);
      expect(answer.error, body).toBe('invalid_parameters');
      expect((answer.issues as unknown[]).length, body).toBeGreaterThan(0);
    }
    const huge = await call('PATCH', 'botox', { cookie: me.cookie, body: JSON.stringify({ note: 'y'.repeat(200_000) }) });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: 'payload_too_large', message: expect.stringMatching(/larger than the 8192 bytes/) });
    expect(await noteOf(me.id, 'botox')).toBe('keep');

    for (const method of ['PUT', 'DELETE'] as const) {
      const unknown = await call(method, 'unicorn-lift', { cookie: me.cookie });
      expect(unknown.status, method).toBe(404);
      expect(await unknown.json()).toMatchObject({ error: 'not_found', message: expect.stringMatching(/no such procedure/) });
    }
    const notSaved = await call('PATCH', 'facelift', { cookie: me.cookie, body: '{"note":"x"}' });
    expect(notSaved.status).toBe(404);
    expect(await notSaved.json()).toMatchObject({ error: 'not_saved' });
    expect(await countRows(me.id)).toBe(1);
  });

  it('refuses another site’s Origin with 403, as server actions do, and writes nothing', async () => {
    const me = newVisitor();
    await addBookmark(me.id, 'botox');
    const attacks: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'http://localhost:3000.evil.example' },
      { origin: 'null' },
      { origin: 'not a url' },
      { origin: 'http://localhost:3000', 'x-forwarded-host': 'shop.example' },
    ];
    for (const headers of attacks) {
      for (const method of ['PUT', 'DELETE', 'PATCH'] as const) {
        const response = await call(method, method === 'PUT' ? 'facelift' : 'botox', {
          cookie: me.cookie,
          headers,
          body: method === 'PATCH' ? '{"note":"x"}' : undefined,
        });
        expect(response.status, `${method} ${JSON.stringify(headers)}`).toBe(403);
        expect(await response.json()).toMatchObject({ error: 'forbidden_origin' });
      }
    }
    // No Origin at all but a browser saying "cross-site" is refused too.
    const noOrigin = new Request(`${ORIGIN}/api/bookmarks/facelift`, {
      method: 'PUT',
      headers: { host: 'localhost:3000', cookie: me.cookie, 'sec-fetch-site': 'cross-site' },
    });
    expect((await PUT(noOrigin, { params: Promise.resolve({ slug: 'facelift' }) })).status).toBe(403);
    expect(await countRows(me.id)).toBe(1);
    expect(await noteOf(me.id, 'botox')).toBeNull();
    // A non-browser client (no Origin, no Sec-Fetch-Site) is not a cross-site write.
    const cli = new Request(`${ORIGIN}/api/bookmarks/facelift`, { method: 'PUT', headers: { host: 'localhost:3000', cookie: me.cookie } });
    expect((await PUT(cli, { params: Promise.resolve({ slug: 'facelift' }) })).status).toBe(200);
  });

  it('answers the 61st write in a minute with 429, Retry-After and a clear message, writing nothing', async () => {
    await untilFreshWindow();
    const me = newVisitor();
    const slugs = ['botox', 'facelift'];
    for (let i = 0; i < 60; i += 1) {
      const response = await call(i % 2 === 0 ? 'PUT' : 'DELETE', slugs[i % 4 < 2 ? 0 : 1]!, { cookie: me.cookie });
      expect(response.status, `write ${i + 1}`).toBe(200);
    }
    const before = await countRows(me.id);
    const refused = await call('PUT', 'lip-filler', { cookie: me.cookie });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({ error: 'rate_limited', message: RATE_LIMIT_MESSAGE, retryAfterSeconds: retryAfter });
    expect((await call('PATCH', 'botox', { cookie: me.cookie, body: '{"note":"late"}' })).status).toBe(429);
    expect((await call('DELETE', 'botox', { cookie: me.cookie })).status).toBe(429);
    expect(await countRows(me.id)).toBe(before);
    expect(await countRows(me.id, 'lip-filler')).toBe(0);
    // Another visitor has a budget of their own.
    expect((await call('PUT', 'lip-filler', { cookie: newVisitor().cookie })).status).toBe(200);
  });
});

describe('write API under arbitrary input (property-based)', () => {
  const slugs = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 100 }),
    fc.constantFrom('botox', 'facelift', 'no-such-slug', 'Botox', 'a'.repeat(81), ''),
  );
  const bodies = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.json(),
    fc.jsonValue().map((value) => JSON.stringify({ note: value })),
    fc.string({ unit: 'binary', maxLength: 1100 }).map((note) => JSON.stringify({ note })),
  );

  it('never fails with 5xx; refusals are 400 with issues or 404, and change nothing', async () => {
    const me = newVisitor();
    await addBookmark(me.id, 'botox');
    await setNote(me.id, 'botox', 'original');
    const db = await getDb();
    const snapshot = async () =>
      JSON.stringify(
        await db.bookmark.findMany({
          where: { visitorId: me.id },
          orderBy: { procedureId: 'asc' },
          select: { procedureId: true, note: true },
        }),
      );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<Method>('PUT', 'DELETE', 'PATCH'), slugs, bodies, async (method, slug, body) => {
        // A fresh limiter key per run would hide nothing: invalid input is refused before it counts.
        const before = await snapshot();
        const response = await call(method, slug, { cookie: me.cookie, body: method === 'PATCH' ? body : undefined });
        expect(response.status).toBeLessThan(500);
        const answer = await json(response);
        if (response.status === 400) expect((answer.issues as unknown[]).length).toBeGreaterThan(0);
        if (response.status !== 200) {
          expect([400, 404, 429]).toContain(response.status);
          expect(typeof answer.message).toBe('string');
          expect(await snapshot()).toBe(before);
        }
        if (response.status === 200) {
          // Put things back so every run starts from the same list (these direct writes skip the limiter).
          await db.bookmark.deleteMany({ where: { visitorId: me.id } });
          await addBookmark(me.id, 'botox');
          await setNote(me.id, 'botox', 'original');
        }
      }),
      { numRuns: 120 },
    );
  });

  it('counts first writes (no cookie) per client address behind trusted proxies: the 31st in a minute is a 429', async () => {
    const hops = process.env.TRUSTED_PROXY_HOPS;
    process.env.TRUSTED_PROXY_HOPS = '1';
    try {
      await untilFreshWindow();
      const address = `203.0.113.${Math.floor(Math.random() * 250)}-${crypto.randomUUID()}`;
      // The client forges the leftmost entry; the load balancer appends the real address.
      const from = (real: string) => ({ headers: { 'x-forwarded-for': `198.51.100.1, ${real}` } });
      const answers = [];
      for (let i = 0; i < 31; i += 1) answers.push((await call('PUT', 'botox', from(address))).status);
      expect(answers.slice(0, 30).every((status) => status === 200)).toBe(true);
      const refused = await call('PUT', 'botox', from(address));
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect((await json(refused)).message).toBe(RATE_LIMIT_MESSAGE);
      // Another address, and a visitor who kept their cookie, are not held back.
      expect((await call('PUT', 'botox', from(`${address}-other`))).status).toBe(200);
      expect((await call('PUT', 'botox', { ...from(address), cookie: newVisitor().cookie })).status).toBe(200);
    } finally {
      if (hops === undefined) delete process.env.TRUSTED_PROXY_HOPS;
      else process.env.TRUSTED_PROXY_HOPS = hops;
    }
  });
});
