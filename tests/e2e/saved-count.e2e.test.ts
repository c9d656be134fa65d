import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, withPage } from './support/browser';

// The header's count of saved procedures: right after every save and removal, there before the
// page's script has asked the server (no flash), while the served HTML stays the same for every
// visitor (catalog pages are cached and shared), and allowed by each page's script policy.

let browser: Browser;
const POLL = { timeout: 15_000 };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const badge = (page: Page) => page.locator('nav[aria-label="Main"] [data-saved-count]');
const count = (page: Page) => badge(page).getAttribute('data-count');
const toggle = (page: Page, slug: string) => page.locator(`[data-bookmark-toggle="${slug}"] button[aria-pressed]`).first();

async function save(page: Page, slug: string): Promise<void> {
  await page.goto(`/procedures/${slug}`);
  await expect.poll(() => toggle(page, slug).getAttribute('data-state'), POLL).toBe('unsaved');
  await toggle(page, slug).click();
  await expect.poll(() => toggle(page, slug).getAttribute('data-state'), POLL).toBe('saved');
}

describe('the saved count in the header', () => {
  it('follows saves and removals, and is painted before the page asks the server', async () => {
    await withPage(browser, async (page) => {
      const policyErrors: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) policyErrors.push(message.text());
      });
      await page.goto('/procedures/botox');
      await expect.poll(() => toggle(page, 'botox').getAttribute('data-state'), POLL).toBe('unsaved');
      expect(await count(page)).toBeNull();
      expect(await badge(page).isVisible()).toBe(false);

      await save(page, 'botox');
      await expect.poll(() => count(page), POLL).toBe('1');
      await save(page, 'facelift');
      await expect.poll(() => count(page), POLL).toBe('2');
      // Read out with the link: its accessible name includes the badge's number.
      const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved 2', exact: true });
      expect(await link.count()).toBe(1);
      expect(await badge(page).isVisible()).toBe(true);

      // With the state API unreachable, only the pre-paint script can show the count: a cached
      // catalog page and a page rendered per request both have it at load.
      await page.route('**/api/bookmarks/state', (route) => route.abort());
      for (const path of ['/procedures/lip-filler', '/procedures']) {
        await page.goto(path);
        expect(await count(page), path).toBe('2');
      }
      await page.unroute('**/api/bookmarks/state');

      // A removal on /bookmarks (a plain form action) updates it too.
      await page.goto('/bookmarks');
      await page
        .locator('article[data-slug="botox"]')
        .getByRole('button', { name: /^Remove/ })
        .click();
      await page.waitForURL(/removed=botox/);
      await expect.poll(() => count(page), POLL).toBe('1');
      expect(policyErrors).toEqual([]);
    });
  });

  it('keeps the served HTML free of any visitor count', async () => {
    await withPage(browser, async (page) => {
      await save(page, 'botox');
      for (const path of ['/procedures/botox', '/procedures', '/bookmarks']) {
        const html = await (await page.request.get(path)).text();
        expect(html, path).toContain('data-saved-count=""');
        expect(html, path).not.toContain('data-count=');
      }
    });
  });
});
