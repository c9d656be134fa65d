import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, withPage } from './support/browser';

// "Saved" means the server has it: the toggle says "Saving…" until the server action answers,
// and the header's "Saved" link, clicked while the write is in flight, opens the list only once
// it is answered. The save's request is held back on its way to the server, so a list fetched
// before the answer would miss the item (and a new visitor would not even have a cookie yet).

let browser: Browser;
const POLL = { timeout: 15_000 };
const HOLD_MS = 400;
const RUNS = 20;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const toggle = (page: Page) => page.locator('[data-bookmark-toggle="botox"] button[aria-pressed]').first();
const headerSaved = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Saved/ });

/** Holds each server-action post (the toggle's write) for HOLD_MS before it reaches the server. */
async function delayWrites(page: Page): Promise<void> {
  await page.route('**/procedures/botox', async (route: Route) => {
    const request = route.request();
    if (request.method() === 'POST' && request.headers()['next-action']) await new Promise((r) => setTimeout(r, HOLD_MS));
    await route.continue();
  });
}

/** Click Save, then at once the header's "Saved": what does the list show? */
async function saveThenOpenList(page: Page): Promise<{ pendingWord: string | null; pressedWhilePending: string | null; slugs: string[] }> {
  await delayWrites(page);
  await page.goto('/procedures/botox');
  await expect.poll(() => toggle(page).getAttribute('data-state'), POLL).toBe('unsaved');
  await toggle(page).click();
  const pendingWord = await toggle(page).locator('[data-bookmark-label]').textContent();
  const pressedWhilePending = await toggle(page).getAttribute('aria-pressed');
  await headerSaved(page).click();
  await page.waitForURL(/\/bookmarks$/, POLL);
  await page.locator('article[data-slug], h2:text("Nothing saved yet")').first().waitFor(POLL);
  const slugs = await page.locator('article[data-slug]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-slug') ?? ''));
  return { pendingWord, pressedWhilePending, slugs };
}

describe('"Saved" when the server has it', () => {
  it(`clicks Save and opens the list at once: the item is there, ${RUNS} runs out of ${RUNS}`, async () => {
    const outcomes: string[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      // A fresh context each run: a new visitor, whose cookie arrives with the save's answer.
      const outcome = await withPage(browser, saveThenOpenList);
      expect(outcome.pendingWord).toBe('Saving…');
      expect(outcome.pressedWhilePending).toBe('false');
      outcomes.push(outcome.slugs.join(',') || '(empty)');
    }
    expect(outcomes).toEqual(Array.from({ length: RUNS }, () => 'botox'));
  });

  it('shows "Saved" on the toggle only after the answer, and the list has it after a reload too', async () => {
    await withPage(browser, async (page) => {
      await delayWrites(page);
      await page.goto('/procedures/botox');
      await expect.poll(() => toggle(page).getAttribute('data-state'), POLL).toBe('unsaved');
      await toggle(page).click();
      expect(await toggle(page).getAttribute('data-state')).toBe('pending');
      await expect.poll(() => toggle(page).getAttribute('data-state'), POLL).toBe('saved');
      expect(await toggle(page).locator('[data-bookmark-label]').textContent()).toBe('Saved');
      await page.goto('/bookmarks');
      expect(await page.locator('article[data-slug="botox"]').count()).toBe(1);
    });
  });
});
