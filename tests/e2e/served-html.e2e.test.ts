import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE } from '@/lib/procedures/list/filter-registry';
import { baseUrl, launchBrowser, withPage } from './support/browser';

// Every page's content is in the HTML as served, not sent after it. React sends a Suspense
// boundary that is not ready when the page starts streaming later, inside a hidden element that
// only JavaScript reveals: a visitor without it would see an empty list. Parts hydrated later
// (components/ui/hydrate-later.tsx) use a visible Activity boundary, which is sent inline.

const PAGES = [
  '/',
  '/procedures',
  '/procedures?view=map',
  '/procedures?downtimeDays=2&sort=cost&page=2',
  '/procedures/botox',
  '/concerns',
  '/concerns/wrinkles',
  '/compare?ids=botox,facelift,lip-filler',
  '/compare?ids=botox,facelift,lip-filler&view=details',
  '/plan?eventDate=2030-01-10',
  '/bookmarks',
  '/about/data',
];

/** Markup React streams after the page: a boundary's placeholder, or the hidden segment that fills it. */
const STREAMED_LATER = /<template id="B:|<div hidden id="S:/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('served HTML', () => {
  for (const path of PAGES) {
    it(`${path} holds all its content, nothing streamed in later`, async () => {
      const response = await fetch(baseUrl() + path);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).not.toMatch(STREAMED_LATER);
    });
  }

  it('the list hydrates its cards on their own (Activity boundary), and shows them without JavaScript', async () => {
    const html = await (await fetch(baseUrl() + '/procedures')).text();
    const grid = /<!--&--><ul[\s\S]*?<\/ul><!--\/&-->/.exec(html)?.[0] ?? '';
    expect(grid.match(/class="procedure-card"/g)?.length).toBe(DEFAULT_PAGE_SIZE);

    const visibleCards = await withPage(browser, { javaScriptEnabled: false, viewport: { width: 390, height: 844 } }, async (page) => {
      await page.goto('/procedures');
      return page.locator('.procedure-card:visible').count();
    });
    expect(visibleCards).toBe(DEFAULT_PAGE_SIZE);
  });
});
