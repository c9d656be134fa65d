import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInTimeZone } from '@/lib/planner/dates';
import { launchBrowser, withPage } from './support/browser';

// The planning journey in Chromium against `next start`: a date and days off in, a ranked list
// with reasons and "have it done by" dates out, then the top three side by side on /compare.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const sectionSlugs = (page: Page, section: string) =>
  page
    .locator(`section[data-section="${section}"] article[data-slug]`)
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-slug') ?? ''));

async function fillPlan(page: Page, eventDate: string, downtimeDays: string) {
  await page.getByLabel('Event date').fill(eventDate);
  await page.getByLabel('Days of downtime you can take').fill(downtimeDays);
  await page.getByRole('button', { name: 'Show my options' }).click();
  await page.waitForURL(/\/plan\?.*eventDate=/);
  await page.getByRole('heading', { name: /Fits your plan/ }).waitFor();
}

describe('plan', () => {
  it('goes from a date and 2 days off to a comparison of the top three picks', async () => {
    // A visitor far from the server's UTC: the form must send their zone, so "today" is theirs.
    await withPage(browser, { timezoneId: 'Pacific/Auckland' }, async (page) => {
      const response = await page.goto('/plan');
      expect(response?.status()).toBe(200);
      const eventDate = addDays(todayInTimeZone(new Date(), 'Pacific/Auckland'), 7);
      await fillPlan(page, eventDate, '2');

      const url = new URL(page.url());
      expect(url.searchParams.get('eventDate')).toBe(eventDate);
      expect(url.searchParams.get('downtimeDays')).toBe('2');
      expect(url.searchParams.get('tz')).toBe('Pacific/Auckland');
      await expect.poll(() => page.getByText('(time zone: Pacific/Auckland)').count()).toBe(1);

      const fits = await sectionSlugs(page, 'fits');
      expect(fits).toEqual(expect.arrayContaining(['lip-filler', 'cheek-filler']));
      for (const surgery of ['facelift', 'rhinoplasty', 'breast-augmentation', 'brow-lift']) {
        expect(fits).not.toContain(surgery);
        const card = page.locator(`article[data-slug="${surgery}"]`);
        expect(['unconfirmed', 'too_late', 'does_not_fit']).toContain(await card.getAttribute('data-section'));
        expect(await card.locator('li[data-outcome="fail"], li[data-outcome="unknown"]').count()).toBeGreaterThan(0);
      }
      const order = await page.locator('article[data-slug]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-slug')));
      expect(order.indexOf('botox')).toBeLessThan(order.indexOf('facelift'));
      expect(order.indexOf('lip-filler')).toBeLessThan(order.indexOf('breast-augmentation'));
      // Reasons are words, not colours.
      await page.locator('article[data-slug="lip-filler"]').getByText('Same-day recovery fits your 2 days off').waitFor();
      await page
        .locator('article[data-slug="lip-filler"]')
        .getByText(/Have it done by/)
        .waitFor();

      const topThree = order.filter((slug): slug is string => Boolean(slug)).slice(0, 3);
      await page.getByRole('link', { name: 'Compare the top picks' }).click();
      await page.waitForURL(/\/compare\?ids=/);
      expect(new URL(page.url()).searchParams.get('ids')).toBe(topThree.join(','));
      const compare = await page.reload();
      expect(compare?.status()).toBe(200);
    });
  });

  it('works without JavaScript as a plain GET form (dates in UTC)', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto('/plan');
      const eventDate = addDays(todayInTimeZone(new Date(), 'UTC'), 30);
      await fillPlan(page, eventDate, '3');
      expect(new URL(page.url()).searchParams.get('tz')).toBe('UTC');
      expect((await sectionSlugs(page, 'fits')).length).toBeGreaterThan(0);
    });
  });

  it('renders malformed input with a notice instead of failing', async () => {
    await withPage(browser, async (page) => {
      const response = await page.goto('/plan?eventDate=2026-02-30&downtimeDays=-4&tz=Mars/Base');
      expect(response?.status()).toBe(200);
      const notice = page.getByRole('status').filter({ hasText: 'Please check your plan' });
      await notice.getByText(/is not a real calendar date/).waitFor();
      await notice.getByText(/must be a whole number of days/).waitFor();
      await notice.getByText(/so dates use UTC/).waitFor();
      await page.getByRole('heading', { name: /Fits your plan/ }).waitFor();
    });
  });

  it('fits a 360 px screen without sideways scrolling, and says when a date has passed', async () => {
    await withPage(browser, async (page) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto('/plan?eventDate=2020-06-14&downtimeDays=3');
      await page.getByRole('status').filter({ hasText: 'has already passed' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await page.locator('section[data-section="fits"]').count()).toBe(0);
      await page.getByRole('link', { name: 'See the ranking without a date' }).click();
      await page.waitForURL(/\/plan\?downtimeDays=3$/);
      await page.getByRole('heading', { name: /Fits your plan/ }).waitFor();
    });
  });
});
