import { notFound } from 'next/navigation';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isDatabaseUnavailable } from '@/lib/http/database-unavailable';
import { API_ERROR_STATUS, jsonError } from '@/lib/http/errors';
import { z } from 'zod';
import { ApiError, withApi } from '@/lib/http/api';
import { RETRY_AFTER_SECONDS } from '@/lib/http/handler';

// The wrapper every app/api route handler goes through. Real outages are in tests/api/database-down*.

const bare = { method: 'GET', path: '/api/anything', summary: 'A route that reads nothing.' } as const;
const withApiErrors = (handler: () => Promise<Response>) => withApi(bare, handler);

const request = new Request('http://localhost/api/anything?x=1');

describe('withApi: failures', () => {
  afterEach(() => vi.restoreAllMocks());

  it('passes answers through untouched', async () => {
    const answer = Response.json({ ok: true }, { status: 201 });
    expect(await withApiErrors(async () => answer)(request)).toBe(answer);
  });

  it('answers a bug with a JSON 500 that names nothing internal, and logs the cause', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bug = new TypeError("Cannot read properties of undefined (reading 'secretColumn')");
    const response = await withApiErrors(async () => Promise.reject(bug))(request);
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('retry-after')).toBeNull();
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: 'internal_error', message: expect.any(String) });
    expect(text).not.toMatch(/secretColumn|TypeError|\n\s+at /);
    expect(logged).toHaveBeenCalledWith('GET /api/anything failed', bug);
  });

  it('answers a database that cannot be reached with a JSON 503 and Retry-After', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const locked = Object.assign(new Error('The embedded database is in use by process 42'), { name: 'PgliteLockedError' });
    const response = await withApiErrors(async () => Promise.reject(locked))(request);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
    expect(await response.json()).toEqual({ error: 'unavailable', message: expect.any(String), retryAfterSeconds: RETRY_AFTER_SECONDS });
  });

  it("leaves Next's own control flow (notFound, redirect) to Next", async () => {
    await expect(withApiErrors(async () => notFound())(request)).rejects.toThrow();
  });
});

describe('withApi: input', () => {
  const spec = {
    method: 'PATCH',
    path: '/api/things/{id}',
    summary: 'A write that reads all three parts.',
    params: z.object({ id: z.string().regex(/^[a-z]+$/) }),
    query: { schema: z.object({ n: z.coerce.number().int().default(1) }).strict(), toRaw: (p: URLSearchParams) => Object.fromEntries(p) },
    body: z.object({ note: z.string().max(5) }).strict(),
    origin: 'same-site',
  } as const;
  const route = withApi(spec, async ({ params, query, body }) => Response.json({ id: params.id, n: query.n, note: body.note }));
  const context = (id: string) => ({ params: Promise.resolve({ id }) });
  const patch = (url: string, body: string, headers: Record<string, string> = {}) =>
    new Request(url, { method: 'PATCH', body, headers: { host: 'localhost', ...headers } });

  it('hands the handler each part parsed by its schema', async () => {
    const response = await route(
      patch('http://localhost/api/things/abc?n=3', '{"note":"hi"}', { origin: 'http://localhost' }),
      context('abc'),
    );
    expect(await response.json()).toEqual({ id: 'abc', n: 3, note: 'hi' });
  });

  it('answers each bad part with the one 400 shape, naming the field', async () => {
    const cases = [
      { url: 'http://localhost/api/things/ABC', body: '{"note":"hi"}', id: 'ABC', path: ['id'] },
      { url: 'http://localhost/api/things/abc?n=x', body: '{"note":"hi"}', id: 'abc', path: ['n'] },
      { url: 'http://localhost/api/things/abc?extra=1', body: '{"note":"hi"}', id: 'abc', path: [] },
      { url: 'http://localhost/api/things/abc', body: '{"note":"too long"}', id: 'abc', path: ['note'] },
      { url: 'http://localhost/api/things/abc', body: 'not json', id: 'abc', path: [] },
    ];
    for (const c of cases) {
      const response = await route(patch(c.url, c.body), context(c.id));
      expect(response.status, c.url).toBe(400);
      const json = await response.json();
      expect(json.error).toBe('invalid_parameters');
      expect(json.issues[0].path, `${c.url} ${c.body}`).toEqual(c.path);
    }
  });

  it('refuses a write from another site before reading anything', async () => {
    const response = await route(patch('http://localhost/api/things/abc', 'not json', { origin: 'https://evil.example' }), context('abc'));
    expect(response.status).toBe(403);
    expect((await response.json()).error).toBe('forbidden_origin');
  });

  it('answers a thrown ApiError with its code, status, details and headers', async () => {
    const refusing = withApi(bare, async () => {
      throw new ApiError('rate_limited', 'Slow down.', { details: { retryAfterSeconds: 7 }, headers: { 'Retry-After': '7' } });
    });
    const response = await refusing(request);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(await response.json()).toEqual({ error: 'rate_limited', message: 'Slow down.', retryAfterSeconds: 7 });
  });
});

describe('isDatabaseUnavailable', () => {
  it('knows the outage shapes of Prisma, the pg adapter, node-postgres, sockets and PGlite', () => {
    const unavailable = [
      { name: 'PrismaClientKnownRequestError', code: 'P1001', message: "Can't reach database server" },
      { code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'postgres', code: '57P01' } } } },
      { code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'ConnectionClosed' } } } },
      { name: 'PrismaClientInitializationError', message: 'Authentication failed' },
      new Error('Connection terminated unexpectedly'),
      new Error('PGlite is closed'),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('The list could not be loaded', { cause: new Error('PGlite is closed') }),
    ];
    for (const error of unavailable) expect(isDatabaseUnavailable(error), JSON.stringify(error)).toBe(true);
  });

  it('does not take bugs or refused queries for an outage', () => {
    const bugs = [
      new TypeError('x is undefined'),
      { name: 'PrismaClientKnownRequestError', code: 'P2002', message: 'Unique constraint failed' },
      { code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'postgres', code: '42P01' } } } },
      'a string',
      null,
    ];
    for (const error of bugs) expect(isDatabaseUnavailable(error), String(error)).toBe(false);
  });
});

describe('jsonError', () => {
  it('takes the status from the code, so one code always means one status', () => {
    for (const [code, status] of Object.entries(API_ERROR_STATUS)) {
      expect(jsonError(code as keyof typeof API_ERROR_STATUS, 'm').status).toBe(status);
    }
  });
});
