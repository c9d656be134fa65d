import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freePort } from '../../scripts/bench/free-port';
import { CATALOG_REVALIDATE_SECONDS } from '@/lib/cache/cached-pages.mjs';
import { REPO_ROOT, runSeed } from '../support/test-database';
import { startAppServer, type AppServer } from './support/app-server';
import { baseUrl, launchBrowser, withPage } from './support/browser';
import { createSeededDatabase, type SeededDatabase } from './support/seeded-database';

// Catalog pages are served from Next's cache with a hash-based CSP computed from their own HTML
// (lib/cache/page-cache-handler.mjs): the same bytes for everyone, no 'unsafe-inline', and a
// reseed shows within CATALOG_REVALIDATE_SECONDS.

const CATALOG_PAGES = ['/', '/procedures/botox', '/concerns/wrinkles', '/about/data', '/procedures/no-such-thing'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function get(url: string) {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** The page as the cache holds it: a fresh HIT (a copy older than 30 s answers STALE and re-renders). */
async function cachedCopy(url: string) {
  for (let attempt = 0; attempt < 40; attempt++) {
    const response = await get(url);
    if (response.headers.get('x-nextjs-cache') === 'HIT') return response;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} never came from the cache`);
}

const scriptSrcOf = (csp: string) =>
  csp
    .split(';')
    .find((d) => d.trim().startsWith('script-src'))
    ?.trim() ?? '';
const inlineScripts = (html: string) => [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Collects every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

describe('catalog pages from the cache', () => {
  it('serve the same cached bytes to everyone, cacheable by a CDN', async () => {
    for (const page of CATALOG_PAGES) {
      const first = await cachedCopy(`${baseUrl()}${page}`);
      const second = await get(`${baseUrl()}${page}?utm_source=x`);
      expect(second.headers.get('x-nextjs-cache'), page).toBe('HIT');
      expect(second.body, page).toBe(first.body);
      expect(second.headers.get('cache-control'), page).toMatch(new RegExp(`s-maxage=${CATALOG_REVALIDATE_SECONDS}\\b`));
      expect(second.headers.get('set-cookie'), page).toBeNull();
    }
  });

  it('allow exactly their own inline scripts by hash: no unsafe-inline, no nonce, one policy', async () => {
    for (const page of CATALOG_PAGES) {
      const { headers, body } = await get(`${baseUrl()}${page}`);
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp, page).not.toContain(','); // one policy, not two combined
      const scriptSrc = scriptSrcOf(csp);
      expect(scriptSrc, page).not.toMatch(/unsafe-inline|unsafe-eval|nonce-|strict-dynamic/);
      const scripts = inlineScripts(body);
      expect(scripts.length, page).toBeGreaterThan(0);
      const allowed = new Set(scriptSrc.split(' ').slice(1));
      expect([...allowed].sort(), page).toEqual(["'self'", ...new Set(scripts.map(sha256))].sort());
      expect(csp, page).toContain("frame-ancestors 'none'");
      expect(csp, page).toContain("object-src 'none'");
    }
  });

  it('run in Chromium without a single CSP violation, first render and cached copy alike', async () => {
    for (const page of CATALOG_PAGES.slice(0, 4)) {
      for (const copy of ['first', 'cached']) {
        await withPage(browser, async (tab) => {
          const violations = await recordViolations(tab);
          await tab.goto(page, { waitUntil: 'networkidle' });
          expect(await violations(), `${page} (${copy})`).toEqual([]);
          // The inline bootstrap ran and React took over the page.
          expect(await tab.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown }).__next_f)), page).toBe(true);
          expect(await tab.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version), page).toBe(
            'string',
          );
        });
      }
    }
  });

  it('navigate client-side from a cached page to a per-request page and back', async () => {
    await withPage(browser, async (tab) => {
      const violations = await recordViolations(tab);
      await tab.goto('/procedures/botox', { waitUntil: 'networkidle' });
      await tab.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
      await tab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
      await tab.waitForURL('**/compare');
      await tab.getByRole('link', { name: 'Procedure Compare' }).click();
      await tab.waitForURL((url) => url.pathname === '/');
      await expect.poll(() => tab.getByRole('heading', { level: 1 }).textContent()).toContain('Cosmetic dermatology or plastic surgery?');
      // Still the same document: no full reload on the way.
      expect(await tab.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
      expect(await violations()).toEqual([]);
    });
  });

  it('keep a per-request nonce on pages that show visitor data or echo the query', async () => {
    for (const page of ['/procedures?q=laser', '/compare?ids=botox', '/plan', '/bookmarks', '/concerns']) {
      const { headers } = await get(`${baseUrl()}${page}`);
      expect(scriptSrcOf(headers.get('content-security-policy') ?? ''), page).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(headers.get('cache-control') ?? '', page).toContain('no-store');
    }
  });

  it('never serve the internal address behind "/" as a page of its own', async () => {
    expect((await get(`${baseUrl()}/guide/start`)).status).toBe(404);
  });
});

describe('hostile input on cached pages', () => {
  it('keeps markup injected through the address inert', async () => {
    await withPage(browser, async (page) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const violations = await recordViolations(page);
      const attacks = [
        `/procedures/botox?q=${encodeURIComponent('"><script>alert(1)</script>')}`,
        `/?next=${encodeURIComponent('<img src=x onerror=alert(2)>')}`,
        `/procedures/${encodeURIComponent('<script>alert(3)</script>')}`,
        `/concerns/${encodeURIComponent('<svg onload=alert(4)>')}`,
        `/about/${encodeURIComponent('"><iframe src=javascript:alert(5)>')}`,
      ];
      for (const attack of attacks) {
        const response = await page.goto(attack);
        expect(response?.status(), attack).toBeLessThan(500);
        const html = await response!.text();
        expect(html, attack).not.toMatch(/<script>alert|<img src=x|<svg onload|<iframe src=javascript/);
        expect(await page.locator('img[src="x"], svg[onload], iframe').count(), attack).toBe(0);
      }
      expect(dialogs).toEqual([]);
      expect(await violations()).toEqual([]);
    });
  });
});

// A reseed while servers run: on PostgreSQL, where several instances share one database (PGlite
// is one process per data folder, so the server must stop for a reseed and its cache goes too).
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(!onPostgres)('a reseed of the catalog', () => {
  let database: SeededDatabase;
  let server: AppServer;
  let catalogDir: string;

  beforeAll(async () => {
    database = await createSeededDatabase('reseed');
    server = await startAppServer(database.url, await freePort());
    catalogDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reseed-catalog-'));
    fs.cpSync(path.join(REPO_ROOT, 'prisma/catalog'), catalogDir, { recursive: true });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    fs.rmSync(catalogDir, { recursive: true, force: true });
  });

  it(`shows on cached pages within ${CATALOG_REVALIDATE_SECONDS} s (and the request after)`, { timeout: 180_000 }, async () => {
    const pages = ['/procedures/botox', '/concerns/wrinkles', '/'].map((page) => `${server.url}${page}`);
    for (const page of pages) {
      await get(page);
      expect((await get(page)).headers.get('x-nextjs-cache'), page).toBe('HIT');
    }

    // The reviewed catalog changes one procedure's name (shown on all three pages; the guide
    // counts it in its sentence), and the real seed loads it.
    const file = fs
      .readdirSync(catalogDir)
      .find((name) => fs.readFileSync(path.join(catalogDir, name), 'utf8').includes('"slug": "botox"'))!;
    const entries = JSON.parse(fs.readFileSync(path.join(catalogDir, file), 'utf8')) as { slug: string; name: string }[];
    const newName = 'Botox (reseeded name)';
    entries.find((entry) => entry.slug === 'botox')!.name = newName;
    entries.push({ ...entries.find((entry) => entry.slug === 'botox')!, slug: 'botox-reseeded', name: 'Reseeded procedure' });
    fs.writeFileSync(path.join(catalogDir, file), JSON.stringify(entries, null, 2));
    const total = fs
      .readdirSync(catalogDir)
      .reduce((sum, name) => sum + (JSON.parse(fs.readFileSync(path.join(catalogDir, name), 'utf8')) as unknown[]).length, 0);
    runSeed(database.url, { CATALOG_DIR: catalogDir });
    const reseededAt = Date.now();

    // Served from the cache until a page is due, so the old content stays for a while.
    expect((await get(pages[0]!)).body).not.toContain(newName);
    const shows = async (page: string) => {
      const body = (await get(page)).body;
      return page === pages[2]
        ? body
            .replace(/<!-- -->/g, '')
            .toLowerCase()
            .includes(`across the ${total} procedures`)
        : body.includes(newName);
    };
    const pending = new Set(pages);
    while (pending.size > 0 && Date.now() - reseededAt < (CATALOG_REVALIDATE_SECONDS + 15) * 1000) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      for (const page of [...pending]) if (await shows(page)) pending.delete(page);
    }
    const seconds = (Date.now() - reseededAt) / 1000;
    expect([...pending], `still old ${seconds.toFixed(0)} s after the reseed`).toEqual([]);
    expect(seconds).toBeLessThanOrEqual(CATALOG_REVALIDATE_SECONDS + 5);
    // Each new copy carries the policy of its own scripts.
    for (const page of pages) {
      const { headers, body: html } = await get(page);
      const allowed = scriptSrcOf(headers.get('content-security-policy') ?? '');
      for (const script of inlineScripts(html)) expect(allowed, page).toContain(sha256(script));
    }
  });
});
