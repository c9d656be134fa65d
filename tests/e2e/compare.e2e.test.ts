import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, withPage } from './support/browser';

// The compare journey in Chromium against `next start`: choose from the catalog, compare, share.
// Needs the lead's wiring: <AddToCompareButton> on every card and <CompareTray/> in the layout.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function rowIds(page: Page): Promise<string[]> {
  return page.locator('tbody tr[data-row]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row') ?? ''));
}

describe('compare', () => {
  it('adds three procedures from the catalog, compares them, filters to differences and shares the link', async () => {
    const names: string[] = [];
    const { sharedUrl, diffRows } = await withPage(browser, async (page) => {
      await page.goto('/procedures');
      const addButtons = page.getByRole('button', { name: /^Add .+ to compare$/ });
      for (let index = 0; index < 3; index += 1) {
        // Each click turns that button into "Remove … from compare", so the next "Add" is always first.
        const button = addButtons.first();
        await expect.poll(() => button.isEnabled()).toBe(true);
        const name = ((await button.textContent()) ?? '').replace(/^\+?\s*Add\s*/, '').replace(/\s*to compare$/, '');
        names.push(name);
        await button.click();
        await page
          .getByRole('button', { name: `Remove ${name} from compare` })
          .first()
          .waitFor();
      }
      const tray = page.getByRole('region', { name: 'Compare (3 of 4)' });
      await tray.waitFor();
      expect(
        await page
          .getByRole('status')
          .filter({ hasText: /3 of 4 chosen/ })
          .count(),
      ).toBeGreaterThan(0);

      await page.reload();
      await tray.waitFor();
      await tray.getByRole('link', { name: /Compare now/ }).click();
      await page.waitForURL(/\/compare\?ids=/);
      // The key differences first, the full table one link away.
      expect(await page.locator('.key-summaries a[href^="/procedures/"]').allTextContents()).toEqual(names);
      await page.getByRole('link', { name: /^Show all \d+ rows$/ }).click();
      await page.waitForURL(/view=details/);
      const headers = await page.locator('thead th[scope=col] a[href^="/procedures/"]').allTextContents();
      expect(headers).toEqual(names);
      const allRows = await rowIds(page);

      await page.getByRole('link', { name: 'Show only differences' }).click();
      await page.waitForURL(/only=diff/);
      await page.getByRole('link', { name: 'Show all rows' }).waitFor();
      const diffRows = await rowIds(page);
      expect(diffRows.length).toBeGreaterThan(0);
      expect(diffRows.length).toBeLessThanOrEqual(allRows.length);
      expect(await page.locator('tbody tr[data-row]:not([data-differs])').count()).toBe(0);

      await page.reload();
      expect(await rowIds(page)).toEqual(diffRows);
      return { sharedUrl: page.url(), diffRows };
    });

    await withPage(browser, async (other) => {
      await other.goto(sharedUrl);
      expect(await other.locator('thead th[scope=col] a[href^="/procedures/"]').allTextContents()).toEqual(names);
      expect(await rowIds(other)).toEqual(diffRows);
      // The tray is this browser's own state: a fresh browser opening the link has none.
      expect(await other.getByRole('region', { name: /^Compare \(/ }).count()).toBe(0);
    });
  });

  it('botox vs facelift: recovery differs, the neuromodulator is best, and both have a timeline bar', async () => {
    await withPage(browser, async (page) => {
      const response = await page.goto('/compare?ids=botox,facelift&view=details');
      expect(response?.status()).toBe(200);
      const recovery = page.locator('tr[data-row="recovery"]');
      expect(await recovery.getAttribute('data-differs')).toBe('true');
      await expect.poll(() => recovery.locator('th').textContent()).toContain('Best: shortest maximum downtime');
      const bestCells = recovery.locator('td[data-best]');
      expect(await bestCells.count()).toBe(1);
      expect(await recovery.locator('td').first().getAttribute('data-best')).toBe('true');
      const chart = page.locator('[data-testid="recovery-timeline"] svg[role="img"]:visible');
      expect(await chart.locator('g[data-bar]').evaluateAll((bars) => bars.map((bar) => bar.getAttribute('data-bar')))).toEqual([
        'botox',
        'facelift',
      ]);
      expect(await chart.locator('g[data-bar="botox"]').getAttribute('data-recovery')).toBe('0-0');
      const label = await chart.evaluate((svg) =>
        (svg.getAttribute('aria-labelledby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
      // The scale said in plain words.
      expect(label).toMatch(/stretched at the short end/);
      expect(label).not.toMatch(/square-root/);
      expect(label).toMatch(/Botox[^.]*: recovery same day/);
      expect(label).toMatch(/Facelift/);
    });
  });

  it('renders hostile ids as text with a notice, never as markup', async () => {
    await withPage(browser, async (page) => {
      const response = await page.goto('/compare?ids=a,a,,%00,<script>window.__pwned=1</script>,<img src=x onerror=window.__pwned=2>');
      expect(response?.status()).toBe(200);
      const notice = page.locator('[data-notice="invalid"]');
      expect(await notice.textContent()).toContain('<script>window.__pwned=1</script>');
      expect(await page.locator('[data-notice="unknown"]').textContent()).toContain('“a”');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('main img').count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Browse procedures' }).count()).toBeGreaterThan(0);
    });
  });

  it('builds a comparison without JavaScript: "Add to compare" is a link, and /compare adds the next one', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto('/procedures?q=botox');
      await page
        .getByRole('link', { name: /^Add Botox.* to compare$/ })
        .first()
        .click();
      await page.waitForURL(/\/compare\?ids=botox$/);
      expect(await page.getByRole('heading', { name: 'Add at least one more procedure' }).count()).toBe(1);
      await page.getByLabel('Add a procedure', { exact: true }).selectOption('facelift');
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await page.waitForURL(/\/compare\?ids=botox&ids=facelift$/);
      expect(await page.getByRole('heading', { name: 'Key differences' }).count()).toBe(1);
      expect(await page.locator('.key-summaries li').count()).toBe(2);
      // The full table is one link away.
      expect(await page.locator('table').count()).toBe(0);
      await page.getByRole('link', { name: /^Show all \d+ rows$/ }).click();
      await page.waitForURL(/\/compare\?ids=botox,facelift&view=details#all-details$/);
      expect(await page.locator('thead th[scope=col]').count()).toBe(2);
      // The form offers what is not chosen yet.
      expect(await page.locator('#compare-add option[value="botox"]').count()).toBe(0);
    });
  });

  it('filters to differences without JavaScript', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto('/compare?ids=botox,lip-filler&view=details');
      await page.getByRole('link', { name: 'Show only differences' }).click();
      await page.waitForURL(/only=diff/);
      expect(await page.locator('tbody tr[data-row]:not([data-differs])').count()).toBe(0);
      expect(await page.locator('tbody tr[data-row]').count()).toBeGreaterThan(0);
    });
  });
});
