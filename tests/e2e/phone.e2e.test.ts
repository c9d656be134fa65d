import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, withPage } from './support/browser';

// Answers first on a phone, in Chromium at 360 and 390 px: no page is wider than the screen,
// the home page's first screen holds the answer and the three tasks, and /compare shows its key
// differences within the first two screens.

const ROUTES = [
  '/',
  '/procedures',
  '/procedures?view=map',
  '/procedures/botox',
  '/procedures/facelift',
  '/concerns',
  '/concerns/wrinkles',
  '/compare',
  '/compare?ids=botox,facelift,lip-filler',
  '/compare?ids=botox,facelift,lip-filler&view=details',
  '/compare/pack?ids=botox,facelift,lip-filler',
  '/plan',
  '/plan?eventDate=2030-01-10',
  '/bookmarks',
  '/bookmarks/pack',
  '/about/data',
  '/about/planner',
  '/procedures/no-such-thing',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

for (const width of [360, 390]) {
  describe(`at ${width} px`, () => {
    it('no page is wider than the screen', { timeout: 180_000 }, async () => {
      await withPage(browser, { viewport: { width, height: 800 } }, async (page) => {
        for (const route of ROUTES) {
          await page.goto(route);
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(scrollWidth, route).toBeLessThanOrEqual(width);
        }
      });
    });

    it("the home page's first screen has the contrast and the three tasks", async () => {
      await withPage(browser, { viewport: { width, height: 800 } }, async (page) => {
        await page.goto('/');
        const inFirstScreen = async (locator: ReturnType<typeof page.locator>) => {
          const box = await locator.boundingBox();
          return box !== null && box.y + box.height <= 800;
        };
        const contrast = page.locator('dl.contrast');
        for (const label of ['Time off work', 'Results last', 'Risk']) {
          expect(await inFirstScreen(contrast.locator('dt', { hasText: label })), label).toBe(true);
        }
        expect(await contrast.textContent()).toMatch(/Cosmetic dermatology: .*Plastic surgery: /);
        expect(await inFirstScreen(page.getByRole('link', { name: 'Compare options' }))).toBe(true);
        expect(await inFirstScreen(page.getByRole('link', { name: 'Browse by concern' }))).toBe(true);
        expect(await inFirstScreen(page.getByLabel('I have an event on'))).toBe(true);
      });
    });

    it('compare shows the key differences in the first two screens, stacked per figure', async () => {
      await withPage(browser, { viewport: { width, height: 800 } }, async (page) => {
        await page.goto('/compare?ids=botox,facelift,lip-filler');
        const downtime = page.locator('.key-diffs [data-key="downtime"]');
        const risk = page.locator('.key-diffs [data-key="risk"]');
        const bottom = await risk.boundingBox();
        expect(bottom!.y + bottom!.height).toBeLessThanOrEqual(2 * 800);
        // Stacked: each procedure's value on its own line, named.
        const values = downtime.locator('dd');
        expect(await values.count()).toBe(3);
        expect(await values.nth(1).innerText()).toMatch(/^Facelift.*: \d+–\d+ days$/);
        const [first, second] = [await values.nth(0).boundingBox(), await values.nth(1).boundingBox()];
        expect(second!.y).toBeGreaterThan(first!.y);
        // Long durations in years.
        expect(await page.locator('.key-diffs [data-key="results-last"] dd').nth(1).innerText()).toMatch(/years$/);
      });
    });

    it('the trade-off map is four labelled boxes on a phone, holding every plotted option', async () => {
      await withPage(browser, { viewport: { width, height: 800 } }, async (page) => {
        await page.goto('/procedures?concern=wrinkles&view=map');
        expect(await page.locator('svg.tradeoff-map').isVisible()).toBe(false);
        const boxes = page.locator('.map-grid [data-quadrant]');
        expect(await boxes.count()).toBe(4);
        expect(await boxes.first().isVisible()).toBe(true);
        const inBoxes = await page.locator('.map-grid [data-quadrant] li').count();
        const plotted = await page.locator('svg.tradeoff-map a.map-option').count();
        expect(inBoxes).toBe(plotted);
        expect(inBoxes).toBeGreaterThan(0);
      });
    });
  });
}
