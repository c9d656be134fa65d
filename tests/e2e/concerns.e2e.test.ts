import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONCERNS } from '@/lib/procedures/constants';
import { baseUrl, launchBrowser, withPage } from './support/browser';

// Concern pages and the trade-off map in Chromium against `next start` on the seeded catalog.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const slugs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-slug') ?? ''));

describe('concern pages', () => {
  it('answer 200 for every concern in the catalog and 404 otherwise', async () => {
    for (const concern of CONCERNS) {
      const response = await fetch(`${baseUrl()}/concerns/${concern.replace(/_/g, '-')}`);
      expect(response.status, concern).toBe(200);
      const html = await response.text();
      expect(html).toContain(`<link rel="canonical" href="`);
      expect(html).toMatch(new RegExp(`rel="canonical" href="[^"]*/concerns/${concern.replace(/_/g, '-')}"`));
    }
    for (const path of ['/concerns/no-such-concern', '/concerns/volume_loss']) expect((await fetch(baseUrl() + path)).status).toBe(404);
    expect((await fetch(`${baseUrl()}/concerns`)).status).toBe(200);
  });

  it('goes from the guide to a concern ladder, compares two options from it, and opens the compare page', async () => {
    await withPage(browser, async (page) => {
      await page.goto('/');
      await page
        .getByRole('list', { name: 'Concerns' })
        .getByRole('link', { name: /^Volume loss/ })
        .click();
      await page.waitForURL(/\/concerns\/volume-loss$/);
      await page.getByRole('heading', { level: 1, name: 'Volume loss: from skin-deep to surgery' }).waitFor();

      // Ladder: every minimally invasive option before every surgical one.
      const rungs = await page.locator('li[data-rung]:has(h2)').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-rung')));
      expect(rungs).toEqual(['non_invasive', 'minimally_invasive', 'surgical']);
      const surgical = await slugs(page, 'li[data-rung="surgical"] article[data-slug]');
      expect(surgical.length).toBeGreaterThan(0);

      const first = page.locator('li[data-rung="minimally_invasive"] article[data-slug]').first();
      const last = page.locator('li[data-rung="surgical"] article[data-slug]').first();
      const chosen = [await first.getAttribute('data-slug'), await last.getAttribute('data-slug')];
      for (const card of [first, last]) {
        const add = card.getByRole('button', { name: /^Add .+ to compare$/ });
        await expect.poll(() => add.isEnabled()).toBe(true);
        await add.click();
        await card.getByRole('button', { name: /^Remove .+ from compare$/ }).waitFor();
      }
      const tray = page.getByRole('region', { name: 'Compare (2 of 4)' });
      await tray.getByRole('link', { name: /Compare now/ }).click();
      await page.waitForURL(/\/compare\?ids=/);
      const ids = new URL(page.url()).searchParams.get('ids')?.split(',') ?? [];
      expect(ids.sort()).toEqual([...chosen].sort());
    });
  });

  it('plots options as keyboard-reachable links, named by their figures, that open the procedure', async () => {
    await withPage(browser, async (page) => {
      // A concern page links to its map (the list's map view for the concern) instead of holding it.
      await page.goto('/concerns/wrinkles');
      expect(await page.locator('svg.tradeoff-map').count()).toBe(0);
      await page.getByRole('link', { name: 'see the trade-off map for wrinkles' }).click();
      await page.waitForURL(/\/procedures\?concern=wrinkles&view=map$/);
      const points = page.locator('svg.tradeoff-map a');
      expect(await points.count()).toBeGreaterThan(3);
      // Tab from the last control before the map reaches its first point.
      await page.locator('svg.tradeoff-map').scrollIntoViewIfNeeded();
      let reached = false;
      await page.locator('#results-heading').evaluate((heading) => {
        heading.setAttribute('tabindex', '-1');
        (heading as HTMLElement).focus();
      });
      for (let i = 0; i < 10 && !reached; i += 1) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.closest('svg.tradeoff-map') !== null);
      }
      expect(reached).toBe(true);
      const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      expect(name).toMatch(/^1\. .+: downtime .+, results last .+/);
      const slug = await page.evaluate(() => document.activeElement?.getAttribute('data-slug'));
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`/procedures/${slug}$`));
      // The procedure page links back to its concerns.
      await page.getByRole('list', { name: 'Concern pages' }).getByRole('link', { name: 'Wrinkles' }).waitFor();
    });
  });

  it('keeps the map in colour and on the page when printed', async () => {
    await withPage(browser, async (page) => {
      await page.goto('/procedures?concern=sun_damage&view=map');
      await page.emulateMedia({ media: 'print' });
      const map = page.locator('svg.tradeoff-map');
      expect(await map.isVisible()).toBe(true);
      expect(await map.evaluate((svg) => getComputedStyle(svg).printColorAdjust)).toBe('exact');
      expect(await page.getByRole('table', { name: /as a table/ }).isVisible()).toBe(true);
    });
  });
});

describe('map view of the list', () => {
  it('honours the URL filters and renders without JavaScript, with the list one link away', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      const response = await page.goto('/procedures?invasiveness=surgical&downtimeDays=14&view=map');
      expect(response?.status()).toBe(200);
      const heading = (await page.locator('#results-heading').textContent()) ?? '';
      const total = Number(heading.match(/^(\d+)/)?.[1]);
      const plotted = await slugs(page, 'svg.tradeoff-map a');
      const rows = await slugs(page, 'table tbody tr');
      expect(rows.length).toBe(total);
      expect(plotted.every((slug) => rows.includes(slug))).toBe(true);
      expect(plotted.length).toBeGreaterThan(0);

      // Every row is a surgical procedure back within 14 days, as the filters ask.
      const invasiveness = await page.locator('table tbody td[data-field="invasiveness"]').allTextContents();
      expect(new Set(invasiveness)).toEqual(new Set(['Surgical']));
      const list = await fetch(`${baseUrl()}/api/procedures?invasiveness=surgical&downtimeDays=14&pageSize=100`);
      const body = (await list.json()) as { items: { slug: string }[] };
      expect([...rows].sort()).toEqual(body.items.map((item) => item.slug).sort());

      // Applying the filter form keeps the map view; the switch goes back to the list.
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL(/view=map/);
      expect(await slugs(page, 'table tbody tr')).toEqual(rows);
      await page.getByRole('link', { name: 'List' }).click();
      await page.waitForURL((url) => !url.search.includes('view=map'));
      expect(await page.locator('svg.tradeoff-map').count()).toBe(0);
      expect(page.url()).toContain('invasiveness=surgical');
    });
  });
});

describe('accessibility of concern pages and the map', () => {
  for (const width of [360, 1280]) {
    for (const path of ['/concerns/wrinkles', '/concerns', '/procedures?view=map', '/concerns/no-such-concern']) {
      it(`${path} has no axe violations at ${width}px`, { timeout: 180_000 }, async () => {
        const { violations } = await withPage(browser, async (page) => {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(path);
          return new AxeBuilder({ page }).analyze();
        });
        expect(violations.map((v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`)).toEqual([]);
      });
    }
  }
});
