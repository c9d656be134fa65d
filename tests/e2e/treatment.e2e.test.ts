import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs/promises';
import ical from 'node-ical';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInTimeZone } from '@/lib/planner/dates';
import { baseUrl, launchBrowser, withPage } from './support/browser';

// A treatment plan in Chromium against `next start`: from a comparison to /plan, a date in, the
// steps, the calendar picture and an .ics download that a calendar parser reads back.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const eventDate = () => addDays(todayInTimeZone(new Date(), 'UTC'), 180);

describe('treatment plan', () => {
  it('goes from compare to a dated plan, with a calendar and an .ics of the booking deadlines', { timeout: 120_000 }, async () => {
    await withPage(browser, { timezoneId: 'UTC' }, async (page) => {
      await page.goto('/compare?ids=botox,ipl-photofacial');
      await page.getByRole('link', { name: 'Plan these as one treatment' }).click();
      await page.waitForURL(/\/plan\?.*treatment=/);
      await page.getByText('Choose your event date to schedule the procedures of your treatment plan').waitFor();

      await page.getByLabel('Event date').fill(eventDate());
      await page.getByRole('button', { name: 'Show my options' }).click();
      await page.waitForURL(/eventDate=/);
      const section = page.getByRole('region', { name: 'Your treatment plan' });
      await section.waitFor();
      expect(new URL(page.url()).searchParams.getAll('treatment').sort()).toEqual(['botox', 'ipl-photofacial']);
      const steps = section.getByRole('list', { name: 'Steps, in order' }).locator(':scope > li');
      expect(await steps.count()).toBe(2);
      await expect.poll(() => section.getByText(/Book the first session by/).count()).toBe(1);
      // Our sources give no spacing rule for this pair: the plan says so.
      await section
        .getByText(/Ask your provider about spacing/)
        .first()
        .waitFor();
      const calendar = section.getByRole('img', { name: /Calendar from .* to your event/ });
      await calendar.waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        section.getByRole('link', { name: 'Add to calendar (.ics)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('treatment-plan.ics');
      const text = await fs.readFile((await download.path())!, 'utf8');
      const events = Object.values(ical.sync.parseICS(text)).filter((item) => item?.type === 'VEVENT') as { summary: string }[];
      const deadlines = await section.locator('li[data-step]').count();
      expect(events.length).toBeGreaterThan(deadlines);
      expect(events.map((event) => event.summary)).toContain('Your event');
      expect(events.some((event) => event.summary.startsWith('Latest day: Botox'))).toBe(true);
      expect(events.some((event) => event.summary.startsWith('Latest day: IPL photofacial'))).toBe(true);
    });
  });

  it('shows the plan and its calendar without JavaScript, and axe finds no violations', { timeout: 120_000 }, async () => {
    const url = `/plan?eventDate=${eventDate()}&treatment=botox&treatment=dermabrasion`;
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      expect((await page.goto(url))?.status()).toBe(200);
      const section = page.getByRole('region', { name: 'Your treatment plan' });
      expect(await section.locator('[data-step]').count()).toBeGreaterThanOrEqual(2);
      expect(await section.locator('svg[role="img"]').count()).toBe(1);
    });
    await withPage(browser, async (page) => {
      await page.goto(url);
      await page.getByRole('region', { name: 'Your treatment plan' }).waitFor();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });

  it('builds a treatment plan from saved procedures', { timeout: 120_000 }, async () => {
    await withPage(browser, async (page) => {
      for (const slug of ['botox', 'ipl-photofacial']) {
        // The bookmark API shares the page's cookies, so the saves belong to this visitor.
        const saved = await page.request.put(`/api/bookmarks/${slug}`, { headers: { origin: baseUrl() } });
        expect(saved.status()).toBe(200);
      }
      await page.goto('/bookmarks');
      await page.getByRole('checkbox', { name: /Compare Botox/ }).check();
      await page.getByRole('checkbox', { name: /Compare IPL photofacial/ }).check();
      await page.getByRole('button', { name: 'Plan ticked as one treatment' }).click();
      await page.waitForURL(/\/plan\?treatment=botox&treatment=ipl-photofacial$/);
      await page.getByText('Choose your event date to schedule the procedures of your treatment plan').waitFor();
    });
  });
});
