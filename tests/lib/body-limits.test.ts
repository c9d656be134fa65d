import { describe, expect, it } from 'vitest';
import { API_ROUTES } from '@/lib/api/routes';
import { BODY_LIMITS, DEFAULT_BODY_LIMIT, IMPORT_MAX_BYTES, MAX_BODY_LIMIT, bodyLimitFor, bodyLimitKey } from '@/lib/http/body-limits.mjs';
import { refuseBody } from '@/lib/http/body-guard';
import { NOTE_MAX_LENGTH } from '@/lib/bookmarks/schema';

// The one table of body limits, and the proxy's checks from headers alone. Over real HTTP,
// tests/e2e/request-limits.e2e.test.ts sends the bodies.

const request = (method: string, path: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost:3000${path}`, { method, headers: { host: 'localhost:3000', ...headers } });

describe('the body limits table', () => {
  it('names only API routes that exist, and form posts to pages', () => {
    const routes = new Set<string>(Object.keys(API_ROUTES));
    const isPagePost = (key: string) => key === 'POST pages' || (key.startsWith('POST /') && !key.startsWith('POST /api/'));
    for (const key of Object.keys(BODY_LIMITS)) expect(routes.has(key) || isPagePost(key), key).toBe(true);
  });

  it('gives every writing API route a limit of its own, and finds it from a request address', () => {
    const writes = Object.entries(API_ROUTES).filter(([, spec]) => spec.method !== 'GET');
    for (const [key, spec] of writes) expect(bodyLimitKey(spec.method, spec.path.replace(/\{[^}]+\}/g, 'botox')), key).toBe(key);
    expect(bodyLimitFor('PATCH', '/api/bookmarks/botox')).toBe(BODY_LIMITS['PATCH /api/bookmarks/[slug]']);
    expect(bodyLimitFor('PATCH', '/api/bookmarks/botox/extra')).toBe(DEFAULT_BODY_LIMIT);
    expect(bodyLimitFor('POST', '/procedures')).toBe(BODY_LIMITS['POST pages']);
    // /bookmarks takes the JSON export as an upload: its own line, the import's limit and the form.
    expect(bodyLimitFor('POST', '/bookmarks')).toBeGreaterThan(IMPORT_MAX_BYTES);
    expect(MAX_BODY_LIMIT).toBe(Math.max(...Object.values(BODY_LIMITS)));
  });

  it('fits the largest valid note: 1,000 characters as JSON \\u escapes', () => {
    const note = JSON.stringify({ note: '\u2603'.repeat(NOTE_MAX_LENGTH) }).replace(/\u2603/g, '\\u2603');
    expect(new TextEncoder().encode(note).byteLength).toBeLessThanOrEqual(BODY_LIMITS['PATCH /api/bookmarks/[slug]']!);
  });
});

describe('refuseBody (proxy.ts)', () => {
  it('lets reads and bodies within the limit through', () => {
    expect(refuseBody(request('GET', '/api/procedures', { 'content-length': '999999' }), '/api/procedures')).toBeNull();
    expect(refuseBody(request('PATCH', '/api/bookmarks/botox', { 'content-length': '8192' }), '/api/bookmarks/botox')).toBeNull();
    expect(
      refuseBody(request('POST', '/bookmarks', { 'content-length': '900', origin: 'http://localhost:3000' }), '/bookmarks'),
    ).toBeNull();
  });

  it('answers a declared length over the limit with 413: JSON for the API, text for a page', async () => {
    const api = refuseBody(request('PATCH', '/api/bookmarks/botox', { 'content-length': '8193' }), '/api/bookmarks/botox')!;
    expect(api.status).toBe(413);
    expect(await api.json()).toMatchObject({ error: 'payload_too_large', message: expect.stringMatching(/8192 bytes/) });
    const page = refuseBody(request('POST', '/procedures', { 'content-length': String(9 * 1024 * 1024) }), '/procedures')!;
    expect(page.status).toBe(413);
    expect(await page.text()).toMatch(/larger than the 16384 bytes.*nothing was saved/);
  });

  it('answers a body without a length with 411, and a form post from another site with 403', async () => {
    const chunked = refuseBody(request('PUT', '/api/bookmarks/botox', { 'transfer-encoding': 'chunked' }), '/api/bookmarks/botox')!;
    expect(chunked.status).toBe(411);
    expect(await chunked.json()).toMatchObject({ error: 'length_required' });
    const foreign = refuseBody(request('POST', '/bookmarks', { origin: 'https://evil.example', 'content-length': '10' }), '/bookmarks')!;
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toMatch(/only be sent from this site/);
  });
});
