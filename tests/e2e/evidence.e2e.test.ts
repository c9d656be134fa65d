import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/procedures/catalog/catalog-file';
import { launchBrowser, withPage } from './support/browser';

// Where a figure comes from, as a visitor finds it: a marker beside the figure that opens the
// quote and the source entry, by keyboard and with JavaScript off; "not reported" with what was
// searched; and the methodology page with the coverage table.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const facelift = loadCatalog().find((entry) => entry.slug === 'facelift')!;
const downtime = facelift.downtime as { evidence: { source: string; quote: string } };
const downtimeSource = facelift.sources.find((source) => source.id === downtime.evidence.source)!;

describe('figure evidence', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`opens the downtime quote and its source by keyboard (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      await withPage(browser, { javaScriptEnabled }, async (page) => {
        await page.goto('/procedures/facelift');
        const field = page.locator('section[aria-labelledby="glance-heading"] [data-field="recovery"]');
        await expect.poll(() => field.textContent()).toContain('back to work and normal social life');
        const marker = field.locator('details');
        expect(await marker.getAttribute('open')).toBeNull();
        await marker.locator('summary').focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => marker.getAttribute('open')).not.toBeNull();
        const opened = marker.locator('blockquote');
        expect(await opened.isVisible()).toBe(true);
        expect(await opened.textContent()).toBe(`“${downtime.evidence.quote}”`);
        expect(await marker.getByRole('link', { name: downtimeSource.title }).getAttribute('href')).toBe(downtimeSource.url);
      });
    });
  }

  it('says "Not reported" with what was searched where no source gives a figure', async () => {
    const entry = loadCatalog().find((e) => 'notReported' in e.cost)!;
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto(`/procedures/${entry.slug}`);
      const cost = page.locator('[data-field="cost"]');
      expect(await cost.textContent()).toContain('Not reported');
      await cost.locator('summary').click();
      expect(await cost.locator('details p').textContent()).toContain((entry.cost as { notReported: string }).notReported);
    });
  });

  it('shows each figure’s source in compare, and the downtime definition', async () => {
    await withPage(browser, async (page) => {
      await page.goto('/compare?ids=botox,facelift&view=details');
      const row = page.locator('tr[data-row="recovery"]');
      expect(await row.locator('th').textContent()).toContain('back to work and normal social life');
      expect(await row.locator('td details').count()).toBe(2);
    });
  });

  it('explains the data and shows the coverage table and review dates', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      const response = await page.goto('/about/data');
      expect(response?.status()).toBe(200);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('How we source our data');
      const coverage = page.getByRole('region', { name: 'Coverage', exact: true });
      expect(await coverage.locator('tr[data-coverage="downtime"]').textContent()).toMatch(/\d+ of \d+/);
      // The catalog team's floors and targets are for researchers, behind their own summary.
      expect(await coverage.getByText('Floor (never below)').count()).toBe(0);
      const researchers = page.locator('details', { has: page.getByText('For researchers: the floors and targets we hold it to') });
      expect(await researchers.locator('th', { hasText: 'Floor (never below)' }).count()).toBe(1);
      expect(await page.locator('li[data-kind="physician_practice"]').textContent()).toContain('weaker evidence');
      expect(await page.getByRole('link', { name: facelift.name }).count()).toBe(1);
    });
  });
});
