import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, withPage } from './support/browser';

// "Is it right for me?" in Chromium: ticking conditions flags the matching options with the
// reason, on /procedures, /compare and /plan, without hiding anything; without JavaScript every
// caution is shown in full.

let browser: Browser;
const POLL = { timeout: 15_000 };

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openPanel(page: Page) {
  const panel = page.locator('details[data-about-me]');
  if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
  return panel;
}

async function tick(page: Page, label: string): Promise<void> {
  const panel = await openPanel(page);
  const box = panel.getByRole('checkbox', { name: label });
  await expect.poll(() => box.isEnabled(), POLL).toBe(true);
  await box.check();
}

const flagged = (page: Page, selector: string) =>
  page.locator(`${selector}[data-flagged]`).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-caution-scope')));

describe('cautions panel', () => {
  it('flags cards on /procedures with the reason, keeps every card, and remembers the tick in this browser', async () => {
    await withPage(browser, async (page) => {
      await page.goto('/procedures?category=chemical_peel&category=thread_lift');
      const cards = page.locator('article[data-slug]');
      const before = await cards.count();
      expect(before).toBe(4);
      await tick(page, 'Darker skin tone (Fitzpatrick IV–VI)');

      const deep = page.locator('article[data-slug="deep-chemical-peel"]');
      await expect.poll(() => deep.getAttribute('data-flagged'), POLL).toBe('');
      // A card names the matching condition and links to its cautions; the wording is on the procedure's page.
      const flag = deep.locator('[data-conditions~="darker-skin"][data-matched] [data-flag-slot]');
      expect(await flag.isVisible()).toBe(true);
      expect(await flag.innerText()).toBe('Flagged for you: Darker skin tone (Fitzpatrick IV–VI).');
      // The thread lift has no sourced caution for it: not flagged, still listed.
      const thread = page.locator('article[data-slug="thread-lift"]');
      expect(await thread.getAttribute('data-flagged')).toBeNull();
      expect(await thread.isVisible()).toBe(true);
      expect(await cards.count()).toBe(before);
      expect(await page.getByRole('status').filter({ hasText: 'Flagged for you on this page (3)' }).count()).toBe(1);
      // Nothing about the visitor went into the address.
      expect(page.url()).not.toMatch(/darker|skin|condition/i);

      await page.reload();
      await expect.poll(() => deep.getAttribute('data-flagged'), POLL).toBe('');
      expect(await page.locator('details[data-about-me] summary').innerText()).toContain('(1 ticked)');
      const panel = await openPanel(page);
      expect(await panel.getByRole('checkbox', { name: /Darker skin/ }).isChecked()).toBe(true);

      // The card's cautions link: a client navigation to that procedure's "Is it right for me?", flagged there too.
      await deep.getByRole('link', { name: /^Health cautions for \d+ conditions/ }).click();
      await page.waitForURL(/\/procedures\/deep-chemical-peel#cautions$/);
      const item = page.locator('section[aria-labelledby="right-for-me-heading"] [data-caution-list] li[data-condition="darker-skin"]');
      await expect.poll(() => item.getAttribute('data-matched'), POLL).toBe('');
      expect(await item.getByText('(you ticked this)').isVisible()).toBe(true);
    });
  });

  it('flags compare columns and plan options', async () => {
    await withPage(browser, async (page) => {
      await page.goto('/compare?ids=botox,deep-chemical-peel,thread-lift&view=details');
      await tick(page, 'Pregnant or breastfeeding');
      await expect
        .poll(() => flagged(page, 'tr[data-row="cautions"] td [data-caution-scope]'), POLL)
        .toEqual(['Botox and other neuromodulators (wrinkle relaxers)']);
      const cell = page.locator('tr[data-row="cautions"] td').first();
      expect(await cell.locator('[data-flag][data-condition="pregnancy"]').innerText()).toContain('breastfed baby');
      expect(await page.locator('thead th[scope=col]').count()).toBe(3);

      // The tick carries over (same browser), and applies to the plan.
      await page.goto('/plan?eventDate=2030-01-10');
      await tick(page, 'Smoking or nicotine');
      await expect.poll(async () => (await flagged(page, 'article[data-section]')).length, POLL).toBeGreaterThan(0);
      const facelift = page.locator('article[data-section][data-slug="facelift"]');
      expect(await facelift.getAttribute('data-flagged')).toBe('');
      expect(await facelift.locator('[data-flag][data-condition="smoking"]').innerText()).toContain('Flagged for you: Smoking or nicotine');
      expect(page.url()).not.toMatch(/smok|pregnan|condition/i);
    });
  });

  it('without JavaScript shows every caution in full and says the panel needs JavaScript', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto('/procedures/deep-chemical-peel');
      const section = page.locator('section[aria-labelledby="right-for-me-heading"]');
      expect(await section.getByText('This panel needs JavaScript. Every caution is shown in full').count()).toBe(1);
      const text = await section.locator('[data-caution-list]').innerText();
      expect(text).toContain('deep chemical peels should be avoided');
      expect(text).toContain("Chemical peels aren't recommended if your skin tends to form exaggerated scar tissue");
      expect(text).toContain('No caution found in our sources for:');
      expect(await page.locator('[data-matched], [data-flagged]').count()).toBe(0);

      await page.goto('/compare?ids=botox,deep-chemical-peel&view=details');
      const cells = page.locator('tr[data-row="cautions"] td');
      expect(await cells.nth(0).innerText()).toContain('must not be used where there is an infection');
      expect(await cells.nth(1).innerText()).toContain('deep chemical peels should be avoided');

      await page.goto('/procedures?category=chemical_peel');
      // A card links to the procedure's cautions instead of repeating them on every card.
      const link = page
        .locator('article[data-slug="deep-chemical-peel"]')
        .getByRole('link', { name: /^Health cautions for \d+ conditions/ });
      expect(await link.getAttribute('href')).toBe('/procedures/deep-chemical-peel#cautions');
    });
  });

  for (const path of [
    '/procedures',
    '/compare?ids=botox,deep-chemical-peel&view=details',
    '/procedures/co2-laser-resurfacing',
    '/plan?eventDate=2030-01-10',
  ]) {
    it(`${path} has no axe violations with the panel open and flags shown`, { timeout: 180_000 }, async () => {
      const violations = await withPage(browser, async (page) => {
        await page.goto(path);
        await tick(page, 'Darker skin tone (Fitzpatrick IV–VI)');
        await tick(page, 'Pregnant or breastfeeding');
        await expect.poll(() => page.locator('[data-matched]').count(), POLL).toBeGreaterThan(0);
        return (await new AxeBuilder({ page }).analyze()).violations;
      });
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`)).toEqual([]);
    });
  }
});
