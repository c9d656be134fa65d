import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCompareApiParams } from '@/lib/compare/schema';
import { parsePlanParamsStrict } from '@/lib/planner/schema';
import { parseListParamsStrict } from '@/lib/procedures/list/search-params';
import { baseUrl } from './support/browser';

// Bad input, over real HTTP against `next start`: arbitrary query strings (random and known
// keys, junk, unicode, huge and repeated values, broken percent-escapes) on every route. The
// bar: never a 5xx; APIs refuse with 400 and zod issues exactly when the app's own strict
// parser refuses; pages always render, saying what they could not use.

const RUNS = 40;
/** Node's own limit is 16 KB of headers (a longer URL gets its 431); stay under it. */
const MAX_QUERY = 10_000;
const KNOWN_SLUG = 'botox';

const LIST_KEYS = [
  'q',
  'downtimeDays',
  'recoveryMaxDays', // its old name, still read
  'invasiveness',
  'category',
  'specialty',
  'risk',
  'costMax',
  'concern',
  'area',
  'sort',
  'page',
  'pageSize',
];
const PLAN_KEYS = ['eventDate', 'downtimeDays', 'budgetMax', 'noSurgery', 'tz', 'concern', 'area'];
const OTHER_KEYS = ['ids', 'only', 'format', 'error', 'status', 'sort', 'removed', 'selected', 'confirm', 'returnTo'];
const ALL_KEYS = [...new Set([...LIST_KEYS, ...PLAN_KEYS, ...OTHER_KEYS])];

/** Pieces a hostile or careless client puts in a query string, encoded or raw. */
const junkValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer({ min: -1e9, max: 1e12 }).map(String),
  fc.double().map(String),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '1e400',
    'NaN',
    'true',
    '2027-02-30',
    '1999-01-01',
    'Europe/London',
    'Mars/Olympus',
    'botox,facelift',
    'diff',
    'csv',
    'json',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '\u0000',
    '\u202e',
    '💉'.repeat(40),
  ),
  fc.integer({ min: 1_000, max: 4_000 }).map((n) => 'x'.repeat(n)),
);

type Part = { key: string; value: string; raw: boolean };
const part: fc.Arbitrary<Part> = fc.record({
  key: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ALL_KEYS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  ),
  value: junkValue,
  // Raw: sent unencoded, so "%zz", "&", "=" and "+" reach the server's own parser as they are.
  raw: fc.boolean(),
});
const rawJunk = fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '%FF%FE', '&&&', '==', '+', ';', '%25', '[]', 'a[b]=c');

const queryString = fc
  .tuple(fc.array(part, { maxLength: 8 }), fc.array(rawJunk, { maxLength: 2 }), fc.boolean())
  .map(([parts, junk, repeat]) => {
    const all = repeat && parts[0] ? [...parts, parts[0], parts[0]] : parts;
    const pieces = all.map(({ key, value, raw }) => (raw ? `${key}=${value}` : `${encodeURIComponent(key)}=${encodeURIComponent(value)}`));
    // `#` would end the query; fetch drops the fragment, so it is not worth sending.
    return [...pieces, ...junk].join('&').replaceAll('#', '%23');
  })
  .filter((query) => query.length <= MAX_QUERY);

/** A path segment for dynamic routes: known, plausible, or garbage (never "." or ".."). */
const segment = fc
  .oneof(
    fc.constantFrom(KNOWN_SLUG, 'lip-filler', 'no-such-procedure', 'BOTOX', 'a'.repeat(81), '%zz', '%2F', '%00', 'con', '💉'),
    fc.string({ minLength: 1, maxLength: 40 }).map(encodeURIComponent),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).map(encodeURIComponent),
  )
  .filter((s) => s !== '.' && s !== '..' && s !== '%2E' && s !== '%2e');

async function get(path: string) {
  const url = `${baseUrl()}${path}`;
  const response = await fetch(url, { redirect: 'manual', headers: { accept: 'text/html,application/json' } });
  const location = response.headers.get('location');
  // What the app is sent: Next reads the query into a plain object before any of our code runs
  // (proxy.ts included), where a `__proto__` key is lost, so the app never sees one.
  const seen = new URL(url);
  seen.searchParams.delete('__proto__');
  return {
    url: seen,
    status: response.status,
    location,
    type: response.headers.get('content-type') ?? '',
    body: await response.text(),
  };
}

function expectIssues(body: string, where: string) {
  const json = JSON.parse(body) as { error?: string; issues?: { path: unknown[]; message: string }[] };
  expect(json.error, where).toBe('invalid_parameters');
  expect(json.issues?.length, where).toBeGreaterThan(0);
  for (const issue of json.issues ?? []) expect(typeof issue.message, where).toBe('string');
}

/** An API answers 200 JSON when the app's strict parser accepts the query, else 400 with issues. */
async function checkApi(path: string, query: string, accepts: (params: URLSearchParams) => boolean) {
  const { url, status, type, body } = await get(`${path}?${query}`);
  const where = `${path}?${query.slice(0, 300)}`;
  expect(status, where).toBeLessThan(500);
  expect(type, where).toContain('application/json');
  if (accepts(url.searchParams)) expect(status, where).toBe(200);
  else {
    expect(status, where).toBe(400);
    expectIssues(body, where);
  }
}

/** A page renders (never the error boundary) and, when it could not use the query, says so. */
async function checkPage(
  path: string,
  query: string,
  options: { notice?: RegExp; needsNotice?: (params: URLSearchParams) => boolean } = {},
) {
  let page = await get(`${path}?${query}`);
  const where = `${path}?${query.slice(0, 300)}`;
  // A URL name the site has renamed is redirected once, permanently, to the current name.
  if (page.status === 308 && page.location) page = await get(page.location.replace(/^https?:\/\/[^/]+/, ''));
  const { url, status, body } = page;
  expect(status, where).toBe(200);
  expect(body, where).toContain('<main');
  expect(body, where).not.toContain('Something went wrong');
  if (options.notice && options.needsNotice?.(url.searchParams)) expect(body, where).toMatch(options.notice);
}

const property = (run: (query: string) => Promise<void>) => fc.assert(fc.asyncProperty(queryString, run), { numRuns: RUNS });

describe('JSON APIs under arbitrary query strings', () => {
  it('GET /api/procedures', () => property((q) => checkApi('/api/procedures', q, (p) => parseListParamsStrict(p).success)));
  it('GET /api/plan', () => property((q) => checkApi('/api/plan', q, (p) => parsePlanParamsStrict(p).success)));
  it('GET /api/compare', () => property((q) => checkApi('/api/compare', q, (p) => parseCompareApiParams(p).success)));

  it('GET /api/procedures/{slug}', () =>
    fc.assert(
      fc.asyncProperty(segment, queryString, async (slug, query) => {
        const { status, body } = await get(`/api/procedures/${slug}?${query}`);
        const where = `/api/procedures/${slug}`;
        expect([200, 400, 404], where).toContain(status);
        if (status === 400) expectIssues(body, where);
        if (slug === KNOWN_SLUG) expect(status, where).toBe(200);
      }),
      { numRuns: RUNS },
    ));

  it('GET /api/bookmarks/state ignores the query', () =>
    property(async (q) => {
      const { status, body } = await get(`/api/bookmarks/state?${q}`);
      expect(status, q).toBe(200);
      expect(JSON.parse(body), q).toEqual({ slugs: [] });
    }));

  it('GET /api/bookmarks/export: 200 for format=csv|json alone, else 400 with issues', () =>
    property(async (q) => {
      const { url, status, body } = await get(`/api/bookmarks/export?${q}`);
      const keys = [...new Set(url.searchParams.keys())];
      const format = url.searchParams.get('format');
      const clean = keys.length === 0 || (keys.length === 1 && keys[0] === 'format' && (format === 'csv' || format === 'json'));
      expect(status, q).toBe(clean ? 200 : 400);
      if (status === 400) expectIssues(body, q);
    }));
});

describe('malformed %-escapes in a dynamic segment (were a bare 500 from Next)', () => {
  it('are a 400 with issues on APIs and the not-found page on pages', async () => {
    for (const bad of ['%zz', '%E0%A4%A', 'a%', '%']) {
      for (const path of [`/api/procedures/${bad}`, `/api/bookmarks/${bad}`]) {
        const { status, body } = await get(path);
        expect(status, path).toBe(400);
        expectIssues(body, path);
      }
      for (const path of [`/procedures/${bad}`, `/shared/${bad}`, `/procedures/${bad}/more`]) {
        const { status, body } = await get(path);
        expect(status, path).toBe(404);
        expect(body, path).toMatch(/couldn(&#x27;|')t find that page/);
      }
    }
  });
});

describe('pages under arbitrary query strings', () => {
  it('/ (the guide)', () => property((q) => checkPage('/', q)));
  it('/procedures reports what it could not use', () =>
    property((q) =>
      checkPage('/procedures', q, {
        notice: /Part of this link couldn(&#x27;|')t be used/,
        needsNotice: (p) => !parseListParamsStrict(p).success,
      }),
    ));
  it('/plan reports what it could not use', () =>
    property((q) => checkPage('/plan', q, { notice: /Please check your plan:/, needsNotice: (p) => !parsePlanParamsStrict(p).success })));
  it('/compare', () => property((q) => checkPage('/compare', q)));
  it('/bookmarks', () => property((q) => checkPage('/bookmarks', q)));

  it('every page reads keys named like Object.prototype members as plain, unknown parameters', async () => {
    // Found by the property above: ?toString=x made /procedures and /plan answer 500.
    const query = 'toString=x&constructor=y&hasOwnProperty=z&valueOf=w&__proto__=v&concern=toString';
    for (const page of ['/', '/procedures', '/plan', '/compare', '/bookmarks', `/procedures/${KNOWN_SLUG}`]) {
      const { status, body } = await get(`${page}?${query}`);
      expect(status, page).toBe(200);
      expect(body, page).not.toContain('Something went wrong');
    }
  });

  it('/procedures/{slug}: the page, or a friendly 404', () =>
    fc.assert(
      fc.asyncProperty(segment, queryString, async (slug, query) => {
        const { status, body } = await get(`/procedures/${slug}?${query}`);
        const where = `/procedures/${slug}?${query.slice(0, 200)}`;
        expect([200, 404], where).toContain(status);
        if (slug === KNOWN_SLUG) expect(status, where).toBe(200);
        if (status === 404) expect(body, where).toMatch(/couldn(&#x27;|')t find/);
        expect(body, where).not.toContain('Something went wrong');
      }),
      { numRuns: RUNS },
    ));

  it('/shared/{token}: an unknown or malformed token is a friendly 404', () =>
    fc.assert(
      fc.asyncProperty(segment, queryString, async (token, query) => {
        const { status, body } = await get(`/shared/${token}?${query}`);
        expect(status, token).toBe(404);
        expect(body, token).toMatch(/This shared list is not available|We couldn(&#x27;|')t find that page/);
      }),
      { numRuns: RUNS },
    ));

  it('/bookmarks/compare (no-JavaScript form target) always redirects within the site', () =>
    property(async (q) => {
      const response = await fetch(`${baseUrl()}/bookmarks/compare?${q}`, { redirect: 'manual' });
      expect(response.status, q).toBe(303);
      expect(response.headers.get('location') ?? '', q).toMatch(/^\/(compare|bookmarks)\?/);
    }));
});
