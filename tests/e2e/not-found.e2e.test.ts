import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/test-database';
import { baseUrl, launchBrowser, withPage } from './support/browser';

// Every dynamic route's 404 carries its message in the HTML the server sends, for a visitor (or a
// crawler) without JavaScript, fresh and from the page cache alike. A notFound() thrown by a page
// used to answer 404 with an empty shell: the message existed only in the React payload.

type Case = {
  path: string;
  heading: string;
  /** How the answer is cached: a catalog page (hash policy, CDN), per request (nonce), or proxy.ts's own 404. */
  kind: 'cached' | 'per-request' | 'proxy';
};

const SITE_404 = "We couldn't find that page";

const CASES: Record<string, Case[]> = {
  'app/procedures/[slug]': [
    { path: '/procedures/no-such-procedure', heading: "We don't have that procedure", kind: 'cached' },
    { path: '/procedures/Not_A_Slug!', heading: "We don't have that procedure", kind: 'cached' },
  ],
  'app/concerns/[concern]': [{ path: '/concerns/no-such-concern', heading: "We don't have a page for that concern", kind: 'cached' }],
  'app/about/[topic]': [{ path: '/about/zzz', heading: SITE_404, kind: 'cached' }],
  // Reached only through "/": proxy.ts answers any address under /guide/ with the site's 404.
  'app/guide/[section]': [{ path: '/guide/zzz', heading: SITE_404, kind: 'proxy' }],
  'app/shared/[token]': [
    { path: '/shared/abc', heading: 'This shared list is not available', kind: 'per-request' },
    { path: `/shared/${'a'.repeat(43)}`, heading: 'This shared list is not available', kind: 'per-request' },
  ],
};

/** Every page route under app/ with a dynamic segment, as 'app/a/[b]'. */
function dynamicPageRoutes(dir = path.join(REPO_ROOT, 'app')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory() || entry.name === 'api') return [];
    const child = path.join(dir, entry.name);
    const own = entry.name.startsWith('[') && fs.existsSync(path.join(child, 'page.tsx')) ? [path.relative(REPO_ROOT, child)] : [];
    return [...own, ...dynamicPageRoutes(child)];
  });
}

/** The text of the HTML's <main>, scripts and tags removed, entities decoded. */
function mainText(html: string): string {
  const withoutScripts = html.replace(/<script\b[\s\S]*?<\/script>/g, '');
  const main = /<main\b[\s\S]*?<\/main>/.exec(withoutScripts)?.[0] ?? '';
  return main
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

async function get(pathname: string) {
  const response = await fetch(baseUrl() + pathname, { redirect: 'manual' });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

const scriptSrc = (policy: string | null) => /script-src [^;]*/.exec(policy ?? '')?.[0] ?? '';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('not-found pages', () => {
  it('cover every dynamic page route under app/', () => {
    expect(dynamicPageRoutes().sort()).toEqual(Object.keys(CASES).sort());
  });

  describe.each(Object.values(CASES).flat())('$path', ({ path: pathname, heading, kind }) => {
    it('answers 404 with its message in the HTML, outside any script', async () => {
      // Twice: a cached page's first answer is rendered for the request, the second comes from the cache.
      for (const attempt of ['first', 'again']) {
        const { status, headers, body } = await get(pathname);
        const where = `${pathname} (${attempt})`;
        expect(status, where).toBe(404);
        expect(body, where).not.toContain('id="__next_error__"');
        expect(mainText(body), where).toContain(heading);
        expect(body, where).toMatch(/<h1\b[^>]*>[^<]*<\/h1>/);
        if (kind === 'cached') {
          expect(headers.get('cache-control'), where).toMatch(/^s-maxage=30\b/);
          expect(scriptSrc(headers.get('content-security-policy')), where).not.toContain("'nonce-");
        }
        if (kind === 'per-request') {
          expect(headers.get('cache-control'), where).toContain('no-store');
          expect(scriptSrc(headers.get('content-security-policy')), where).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
        }
      }
      if (kind === 'cached') expect((await get(pathname)).headers.get('x-nextjs-cache')).toBe('HIT');
    });

    it('shows its heading in Chromium without JavaScript, and keeps it once the script has run', async () => {
      for (const javaScriptEnabled of [false, true]) {
        await withPage(browser, { javaScriptEnabled }, async (page) => {
          const errors: string[] = [];
          page.on('pageerror', (error) => errors.push(error.message));
          const response = await page.goto(pathname);
          expect(response?.status(), pathname).toBe(404);
          const h1 = page.getByRole('heading', { level: 1 });
          await expect.poll(() => h1.isVisible()).toBe(true);
          expect(await h1.textContent()).toBe(heading);
          expect(await page.getByRole('link', { name: 'Browse all procedures' }).isVisible()).toBe(true);
          if (javaScriptEnabled) {
            await page.waitForLoadState('networkidle');
            expect(await h1.textContent()).toBe(heading);
            expect(errors).toEqual([]);
          }
        });
      }
    });
  });
});
