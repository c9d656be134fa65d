import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAVED_COUNT_SCRIPT, SAVED_COUNT_SCRIPT_HASH } from '@/lib/security/saved-count-script.mjs';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, withPage } from './support/browser';

// Security as a browser and a client see it: headers on every kind of response, and hostile
// text in URLs staying inert.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function headersOf(path: string) {
  const response = await fetch(`${baseUrl()}${path}`, { redirect: 'manual' });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

describe('security headers', () => {
  // Catalog pages served from the cache carry a hash-based policy instead: cached-pages.e2e.test.ts.
  it('sends a nonce-based CSP without unsafe-inline scripts on pages rendered per request', async () => {
    for (const path of ['/procedures', '/compare?ids=botox,lip-filler', '/plan', '/bookmarks', '/concerns']) {
      const { headers, body } = await headersOf(path);
      const csp = headers.get('content-security-policy') ?? '';
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc, path).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
      expect(scriptSrc, path).not.toContain('unsafe-inline');
      expect(csp, path).toContain("frame-ancestors 'none'");
      const nonce = scriptSrc.match(/'nonce-([^']+)'/)![1]!;
      // Every inline script Next rendered carries this request's nonce; the header's saved-count
      // script, the same on every page, is allowed by its hash instead (and is exactly that script).
      const inline = [...body.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({
        attributes: m[1]!,
        text: m[2]!,
      }));
      const unnonced = inline.filter(({ attributes }) => !attributes.includes(`nonce="${nonce}"`));
      expect(
        unnonced.map(({ text }) => text),
        path,
      ).toEqual([SAVED_COUNT_SCRIPT]);
      expect(scriptSrc, path).toContain(SAVED_COUNT_SCRIPT_HASH);
    }
  });

  it('sends the common headers on pages, API responses and static assets', async () => {
    const page = await headersOf('/procedures');
    const script = page.body.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    for (const path of ['/procedures', '/api/procedures', '/api/procedures/nope', script!]) {
      const { headers } = await headersOf(path);
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(headers.get('x-frame-options'), path).toBe('DENY');
      expect(headers.get('content-security-policy') ?? '', path).toContain("frame-ancestors 'none'");
    }
  });

  it('serves the API description at /api/schema.json, naming every route the server answers', async () => {
    const response = await fetch(`${baseUrl()}/api/schema.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/schema\+json/);
    const document = (await response.json()) as { $schema: string; $defs: Record<string, { title: string }> };
    expect(document.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    for (const [key, route] of Object.entries(document.$defs)) {
      expect(route.title, key).toMatch(/^(GET|PUT|PATCH|DELETE|POST) \/api\//);
      if (!key.startsWith('GET') || key.includes('[slug]')) continue;
      // Every GET route it documents answers (an empty query is valid for each).
      const answer = await fetch(`${baseUrl()}${key.slice(4)}`);
      expect(answer.status, key).toBeLessThan(500);
      expect(answer.status, key).not.toBe(404);
    }
  });
});

describe('hostile input stays inert', () => {
  it('renders script-like query strings as text, never running them', async () => {
    await withPage(browser, async (page) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const attacks = [
        `/procedures?q=${encodeURIComponent('"><script>alert(1)</script>')}`,
        `/procedures?q=${encodeURIComponent('<img src=x onerror=alert(2)>')}`,
        `/compare?ids=${encodeURIComponent('<script>alert(3)</script>,botox')}`,
        `/plan?eventDate=${encodeURIComponent('<svg onload=alert(4)>')}`,
      ];
      for (const path of attacks) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBeLessThan(500);
        const unnonced = await page.locator('script:not([src]):not([nonce])').evaluateAll((nodes) => nodes.map((n) => n.textContent));
        expect(unnonced, path).toEqual([SAVED_COUNT_SCRIPT]);
        expect(await page.locator('img[src="x"]').count(), path).toBe(0);
      }
      expect(dialogs).toEqual([]);
    });
  });
});
