import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInTimeZone } from '@/lib/planner/dates';
import { loadCatalog } from '@/lib/procedures/catalog/catalog-file';
import { baseUrl, launchBrowser, withPage } from './support/browser';

// The planning journey in Chromium against `next start`: a date and a concern in, the answer
// first (what will be ready, the latest day for each, why), on a phone, with and without
// JavaScript; and the ways in from the home, concern and procedure pages.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };
const sectionSlugs = (page: Page, section: string) =>
  page
    .locator(`section[data-section="${section}"] article[data-slug]`)
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-slug') ?? ''));
const rankedSlugs = (page: Page) =>
  page
    .locator('#plan-results section[data-section] article[data-slug]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-slug') ?? ''));

/** The results heading's top is on the first screen. */
const resultsInView = (page: Page) =>
  page.evaluate(() => {
    const top = document.getElementById('plan-results')?.getBoundingClientRect().top ?? Infinity;
    return top >= -1 && top < window.innerHeight / 2;
  });

async function fillPlan(page: Page, eventDate: string, concern: string) {
  await page.getByLabel('Event date').fill(eventDate);
  await page.getByRole('checkbox', { name: concern, exact: true }).check();
  await page.getByRole('button', { name: 'Show my options' }).click();
  await page.waitForURL(/\/plan\?.*eventDate=.*#plan-results$/);
  await page.locator('#plan-results').waitFor();
}

const wrinkles = loadCatalog()
  .filter((entry) => entry.concerns.includes('wrinkles'))
  .map((entry) => entry.slug);

describe('plan', () => {
  it('asks first, then lands a phone on the answer: only the options for the concern, counted, with the compare link', async () => {
    // A visitor far from the server's UTC: the form must send their zone, so "today" is theirs.
    await withPage(browser, { timezoneId: 'Pacific/Auckland' }, async (page) => {
      await page.setViewportSize(PHONE);
      const response = await page.goto('/plan');
      expect(response?.status()).toBe(200);
      expect(await page.locator('article[data-slug]').count()).toBe(0);
      const eventDate = addDays(todayInTimeZone(new Date(), 'Pacific/Auckland'), 60);
      await fillPlan(page, eventDate, 'Wrinkles');

      const url = new URL(page.url());
      expect(url.searchParams.get('eventDate')).toBe(eventDate);
      expect(url.searchParams.get('concern')).toBe('wrinkles');
      expect(url.searchParams.get('tz')).toBe('Pacific/Auckland');
      await expect.poll(() => resultsInView(page)).toBe(true);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('plan-results');
      // The form is folded into a one-line summary with "Change".
      await page
        .locator('[data-plan-change]')
        .getByText(/wrinkles · looks normal —/)
        .waitFor();
      expect(await page.getByLabel('Event date').count()).toBe(0);

      const ranked = await rankedSlugs(page);
      expect(ranked.length).toBeGreaterThan(0);
      for (const slug of ranked) expect(wrinkles).toContain(slug);
      const status = await page.locator('#plan-results [role="status"]').first().textContent();
      const total = Number(/(\d+) procedures? ranked/.exec(status ?? '')?.[1]);
      const onRequest = Number(/Show the (\d+) that can/.exec((await page.locator('#plan-results').textContent()) ?? '')?.[1] ?? 0);
      expect(total).toBe(wrinkles.length);
      expect(ranked.length + onRequest).toBe(total);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

      const compare = page.getByRole('link', { name: 'Compare the top picks' });
      if ((await compare.count()) > 0) {
        await compare.click();
        await page.waitForURL(/\/compare\?ids=/);
        await page.goBack();
      }
      // "Change" opens the form with the plan filled in.
      await page.getByRole('link', { name: 'Change your plan' }).click();
      await page.waitForURL(/edit=1/);
      expect(await page.getByLabel('Event date').inputValue()).toBe(eventDate);
      expect(await page.getByRole('checkbox', { name: 'Wrinkles', exact: true }).isChecked()).toBe(true);
    });
  });

  it('works without JavaScript as a plain GET form (dates in UTC), landing on the results', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await page.setViewportSize(PHONE);
      await page.goto('/plan');
      const eventDate = addDays(todayInTimeZone(new Date(), 'UTC'), 45);
      await fillPlan(page, eventDate, 'Wrinkles');
      expect(new URL(page.url()).searchParams.get('tz')).toBe('UTC');
      expect((await sectionSlugs(page, 'fits')).length).toBeGreaterThan(0);
      expect(await resultsInView(page)).toBe(true);
      // The not-ready list is a link to its own URL, not hidden markup.
      const late = page.getByRole('link', { name: /^Show the \d+ that can’t be ready in time/ });
      if ((await late.count()) > 0) {
        await late.click();
        await page.waitForURL(/show=late/);
        expect((await sectionSlugs(page, 'too_late')).length + (await sectionSlugs(page, 'does_not_fit')).length).toBeGreaterThan(0);
      }
    });
  });

  it('meets its budget with a date and a concern: at most 120 KB of HTML and 900 elements', async () => {
    const eventDate = addDays(todayInTimeZone(new Date(), 'UTC'), 30);
    const path = `/plan?eventDate=${eventDate}&concern=wrinkles`;
    const html = await (await fetch(`${baseUrl()}${path}`)).text();
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(120 * 1024);
    await withPage(browser, async (page) => {
      await page.goto(path);
      expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThanOrEqual(900);
    });
  });

  it('7 days out: nothing fits, and the page says why and what could still be done', async () => {
    await withPage(browser, async (page) => {
      await page.goto(`/plan?eventDate=${addDays(todayInTimeZone(new Date(), 'UTC'), 7)}`);
      expect(await page.locator('section[data-section="fits"]').count()).toBe(0);
      await page
        .locator('[data-nothing-fits]')
        .getByText(/^Nothing fits by .*What could still be done/)
        .waitFor();
    });
  });

  it('renders malformed input with a notice instead of failing', async () => {
    await withPage(browser, async (page) => {
      const response = await page.goto('/plan?eventDate=2026-02-30&leadDays=-4&tz=Mars/Base');
      expect(response?.status()).toBe(200);
      const notice = page.getByRole('status').filter({ hasText: 'Please check your plan' });
      await notice.getByText(/is not a real calendar date/).waitFor();
      await notice.getByText(/must be a whole number of days/).waitFor();
      await notice.getByText(/so dates use UTC/).waitFor();
      await page.getByLabel('Event date').waitFor();
    });
  });

  it('fits a 360 px screen without sideways scrolling, and says when a date has passed', async () => {
    await withPage(browser, async (page) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto('/plan?eventDate=2020-06-14&downtimeDays=3');
      await page.getByRole('status').filter({ hasText: 'has already passed' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await page.locator('section[data-section="fits"]').count()).toBe(0);
      await page.getByRole('link', { name: 'Choose another date' }).click();
      await page.waitForURL(/\/plan\?downtimeDays=3$/);
      await page.getByLabel('Event date').waitFor();
    });
  });
});

describe('ways into the planner', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`home and concern pages send a date into /plan${javaScriptEnabled ? '' : ' (no JavaScript)'}`, async () => {
      await withPage(browser, { javaScriptEnabled }, async (page) => {
        await page.setViewportSize(PHONE);
        const eventDate = addDays(todayInTimeZone(new Date(), 'UTC'), 50);
        await page.goto('/');
        const field = page.getByLabel('I have an event on');
        expect((await field.boundingBox())!.y).toBeLessThan(PHONE.height);
        await field.fill(eventDate);
        await page.getByRole('button', { name: 'See what will be ready' }).click();
        await page.waitForURL(/\/plan\?eventDate=.*#plan-results$/);
        await page.locator('#plan-results').waitFor();

        await page.goto('/concerns/wrinkles');
        expect(await page.getByRole('link', { name: 'Have a date? See which of these will be ready' }).getAttribute('href')).toBe(
          '/plan?concern=wrinkles',
        );
        await page.getByLabel('Your event date').fill(eventDate);
        await page.getByRole('button', { name: 'See what will be ready' }).click();
        await page.waitForURL(/\/plan\?concern=wrinkles&eventDate=/);
        for (const slug of await rankedSlugs(page)) expect(wrinkles).toContain(slug);
      });
    });
  }

  it('a procedure page answers "will it be ready by my date?" in place, and opens /plan without JavaScript', async () => {
    const eventDate = addDays(todayInTimeZone(new Date(), 'UTC'), 60);
    await withPage(browser, async (page) => {
      await page.goto('/procedures/lip-filler');
      await page.getByLabel('Your event date').fill(eventDate);
      await page.getByRole('button', { name: 'Check' }).click();
      await page
        .locator('[data-ready-by-answer]')
        .getByText(/Ready in time for .* if done by/)
        .waitFor();
      expect(page.url()).toMatch(/\/procedures\/lip-filler$/);
    });
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto('/procedures/lip-filler');
      await page.getByLabel('Your event date').fill(eventDate);
      await page.getByRole('button', { name: 'Check' }).click();
      await page.waitForURL(/\/plan\?procedure=lip-filler&eventDate=/);
      await page
        .locator('[data-focus="lip-filler"]')
        .getByText(/Have it done by/)
        .waitFor();
    });
  });
});
