import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, withPage } from './support/browser';

// Browsing the catalog the way a visitor does: the headline recovery filter with and without
// JavaScript, into a procedure and back, and the pages a broken or stale link leads to.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The maximum days in a card's recovery text ("Same day", "2 days", "0–2 days"); null if not a range. */
function maxRecoveryDays(text: string): number | null {
  const value = text.trim();
  if (value === 'Same day') return 0;
  const match = value.match(/^(?:(\d+)–)?(\d+) days?$/);
  return match ? Number(match[2]) : null;
}

async function expectOnlyQuickRecoveries(page: Page, maxDays: number) {
  const texts = await page.locator('article [data-field="recovery"]').allTextContents();
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) {
    const days = maxRecoveryDays(text);
    expect(days, `recovery "${text}"`).not.toBeNull();
    expect(days).toBeLessThanOrEqual(maxDays);
  }
  // The heading counts every match; the page shows the first 12 of them.
  const heading = await page.locator('#results-heading').textContent();
  expect(Math.min(Number(heading?.match(/^(\d+)/)?.[1]), 12)).toBe(texts.length);
}

describe('old links', () => {
  it('redirect a renamed URL name permanently to its current name, and the page answers', async () => {
    const cases = [
      ['/procedures?recoveryMaxDays=7&sort=recovery', '/procedures?downtimeDays=7&sort=downtime'],
      ['/bookmarks?sort=recovery', '/bookmarks?sort=downtime'],
    ];
    for (const [old, current] of cases) {
      const response = await fetch(`${baseUrl()}${old}`, { redirect: 'manual' });
      expect(response.status, old).toBe(308);
      expect(response.headers.get('location')?.replace(/^https?:\/\/[^/]+/, ''), old).toBe(current);
      expect((await fetch(`${baseUrl()}${current}`)).status, current).toBe(200);
    }
    // The API reads the old names as they are.
    const api = (await (await fetch(`${baseUrl()}/api/procedures?recoveryMaxDays=7`)).json()) as { params: Record<string, unknown> };
    expect(api.params).toMatchObject({ downtimeDays: 7 });
  });
});

describe('browsing procedures', () => {
  it('filters by "Within a weekend" in place, opens a procedure, and comes back to the same view', async () => {
    await withPage(browser, { javaScriptEnabled: true }, async (page) => {
      await page.goto('/procedures');
      await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

      await page.getByLabel('Within a weekend').check();
      await page.waitForURL((url) => url.searchParams.get('downtimeDays') === '2');
      await expect.poll(() => page.getByTestId('filter-announcer').textContent()).toMatch(/match/);
      // Updated without a full page load: the marker set on the first page is still there.
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      await expectOnlyQuickRecoveries(page, 2);
      await expect.poll(() => page.getByRole('link', { name: /Remove filter: Ready within a weekend/ }).count()).toBe(1);

      const first = page.locator('article h3 a').first();
      const name = (await first.textContent())?.trim() ?? '';
      await first.click();
      await page.waitForURL(/\/procedures\/[a-z0-9-]+$/);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(name);

      await page.goBack();
      await page.waitForURL((url) => url.pathname === '/procedures');
      expect(new URL(page.url()).searchParams.get('downtimeDays')).toBe('2');
      await expect.poll(() => page.getByLabel('Within a weekend').isChecked()).toBe(true);
      await expectOnlyQuickRecoveries(page, 2);
    });
  });

  it('applies the same filter without JavaScript through the Apply button', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto('/procedures');
      await page.getByLabel('Within a weekend').check();
      await Promise.all([page.waitForURL(/downtimeDays=2/), page.getByRole('button', { name: 'Apply filters' }).click()]);
      expect(new URL(page.url()).searchParams.get('downtimeDays')).toBe('2');
      expect(await page.getByLabel('Within a weekend').isChecked()).toBe(true);
      await expectOnlyQuickRecoveries(page, 2);
    });
  });

  it('renders a malformed link with defaults and a notice saying what was ignored', async () => {
    await withPage(browser, async (page) => {
      const response = await page.goto('/procedures?downtimeDays=abc&sort=nope&page=-3');
      expect(response?.status()).toBe(200);
      const notice = page.getByRole('status').filter({ hasText: 'couldn' });
      await expect.poll(() => notice.textContent()).toContain('“abc” is not a whole number of days');
      expect(await notice.textContent()).toContain('“nope” is not a sort order');
      expect(await notice.textContent()).toContain('“-3” is not a page number');
      expect(await page.locator('article').count()).toBeGreaterThan(0);
    });
  });

  it('answers an unknown procedure with a 404 and the site 404 page', async () => {
    await withPage(browser, async (page) => {
      const response = await page.goto('/procedures/no-such-thing');
      expect(response?.status()).toBe(404);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe("We don't have that procedure");
      expect(await page.getByRole('link', { name: 'Browse all procedures' }).getAttribute('href')).toBe('/procedures');
      expect(await page.getByRole('complementary', { name: 'Medical notice' }).count()).toBe(1);

      const malformed = await page.goto('/procedures/Not_A_Slug!');
      expect(malformed?.status()).toBe(404);
    });
  });

  it('serves the guide with figures from the catalog and entry points into the list', async () => {
    await withPage(browser, async (page) => {
      const response = await page.goto(baseUrl());
      expect(response?.status()).toBe(200);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Cosmetic dermatology or plastic surgery?');
      expect(await page.locator('a[href="/procedures?specialty=cosmetic_dermatology"]').count()).toBeGreaterThan(0);
      expect(await page.locator('a[href="/procedures?downtimeDays=2"]').count()).toBe(1);
    });
  });
});
