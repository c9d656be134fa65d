import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, withPage } from './support/browser';

// Notes on /bookmarks save themselves (after a pause, on leaving the box) and never touch one
// another: two notes typed and one saved leaves the other's text; leaving the page while a write
// is in flight or failed asks first; without JavaScript one form posts every note.

let browser: Browser;
const POLL = { timeout: 15_000 };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Saves procedures through the JSON API in the page's own context (same cookie jar). */
async function saveAll(page: Page, slugs: string[]): Promise<void> {
  for (const slug of slugs) {
    const response = await page.request.put(`/api/bookmarks/${slug}`, { headers: { origin: baseUrl() } });
    expect(response.status()).toBe(200);
  }
}

const box = (page: Page, slug: string) => page.locator(`article[data-slug="${slug}"] textarea`);
const status = (page: Page, slug: string) => page.locator(`article[data-slug="${slug}"] [data-note-status]`);

/** Types like a person (a user gesture, which Chromium needs before it may ask on leaving). */
async function typeInto(page: Page, slug: string, text: string): Promise<void> {
  await box(page, slug).click();
  await page.keyboard.type(text);
}

/** Whether closing the page now asks "Leave site?" (the beforeunload prompt). */
async function asksOnLeaving(page: Page): Promise<boolean> {
  let asked = false;
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'beforeunload') asked = true;
    void dialog.accept();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed(), POLL).toBe(true);
  return asked;
}

/** Whether the page's beforeunload handler would hold the visitor back right now. */
const leavingIsHeld = (page: Page) =>
  page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });

describe('notes with JavaScript', () => {
  it('two notes typed, one saved: the other keeps its text; both survive a reload', async () => {
    await withPage(browser, async (page) => {
      await saveAll(page, ['botox', 'facelift']);
      await page.goto('/bookmarks');
      await typeInto(page, 'facelift', 'Ask about scars');
      await typeInto(page, 'botox', 'Ask about Dysport');
      await page
        .locator('article[data-slug="botox"]')
        .getByRole('button', { name: /^Save note/ })
        .click();
      await expect.poll(() => status(page, 'botox').textContent(), POLL).toMatch(/^Saved · \d{1,2}:\d{2}/);
      // No page load, and the other draft is untouched.
      expect(page.url()).toMatch(/\/bookmarks$/);
      expect(await box(page, 'facelift').inputValue()).toBe('Ask about scars');
      // Leaving facelift's box saved it too (autosave on blur).
      await expect.poll(() => status(page, 'facelift').textContent(), POLL).toMatch(/^Saved · /);
      await page.reload();
      expect(await box(page, 'botox').inputValue()).toBe('Ask about Dysport');
      expect(await box(page, 'facelift').inputValue()).toBe('Ask about scars');
    });
  });

  it('saves after a pause in typing, without leaving the box, and the note survives a reload', async () => {
    await withPage(browser, async (page) => {
      await saveAll(page, ['botox']);
      await page.goto('/bookmarks');
      await typeInto(page, 'botox', 'Paused here');
      expect(await status(page, 'botox').textContent()).toBe('Not saved yet');
      await expect.poll(() => status(page, 'botox').textContent(), POLL).toMatch(/^Saved · /);
      await page.reload();
      expect(await box(page, 'botox').inputValue()).toBe('Paused here');
    });
  });

  it('warns on leaving while a note is being written, and not once it is saved', async () => {
    await withPage(browser, async (page) => {
      await saveAll(page, ['botox']);
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      // Every note write of this visitor is held on its way to the server until released.
      await page.context().route('**/api/bookmarks/botox', async (route: Route) => {
        if (route.request().method() === 'PATCH') await held;
        await route.continue().catch(() => undefined);
      });
      await page.goto('/bookmarks');
      await typeInto(page, 'botox', 'Mid-write');
      await page
        .locator('article[data-slug="botox"]')
        .getByRole('button', { name: /^Save note/ })
        .click();
      await expect.poll(() => status(page, 'botox').textContent(), POLL).toBe('Saving…');
      // Chromium's own "Leave site?" prompt, on a real close of the page.
      expect(await asksOnLeaving(page)).toBe(true);

      const second = await page.context().newPage();
      await second.goto('/bookmarks');
      await typeInto(second, 'botox', 'Second try');
      await box(second, 'botox').blur();
      await expect.poll(() => status(second, 'botox').textContent(), POLL).toBe('Saving…');
      expect(await leavingIsHeld(second)).toBe(true);
      release();
      await expect.poll(() => status(second, 'botox').textContent(), POLL).toMatch(/^Saved · /);
      expect(await leavingIsHeld(second)).toBe(false);
      expect(await asksOnLeaving(second)).toBe(false);
    });
  });

  it('keeps a refused note, says why, warns on leaving, and "Try again" saves it', async () => {
    await withPage(browser, async (page) => {
      await saveAll(page, ['botox']);
      let failing = true;
      await page.route('**/api/bookmarks/botox', async (route: Route) => {
        if (route.request().method() === 'PATCH' && failing) {
          await route.fulfill({ status: 503, json: { error: 'unavailable', message: 'The database is not answering.' } });
        } else await route.continue();
      });
      await page.goto('/bookmarks');
      await typeInto(page, 'botox', 'Refused once');
      await box(page, 'botox').blur();
      await expect.poll(() => status(page, 'botox').textContent(), POLL).toBe('Not saved: The database is not answering.');
      expect(await box(page, 'botox').inputValue()).toBe('Refused once');
      expect(await leavingIsHeld(page)).toBe(true);
      failing = false;
      await page.getByRole('button', { name: /^Try again/ }).click();
      await expect.poll(() => status(page, 'botox').textContent(), POLL).toMatch(/^Saved · /);
      expect(await leavingIsHeld(page)).toBe(false);
      await page.reload();
      expect(await box(page, 'botox').inputValue()).toBe('Refused once');
    });
  });
});

describe('notes without JavaScript', () => {
  it('one "Save note" saves both typed notes (one form for all notes)', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await saveAll(page, ['botox', 'facelift']);
      await page.goto('/bookmarks');
      await box(page, 'botox').fill('No script A');
      await box(page, 'facelift').fill('No script B');
      await page
        .locator('article[data-slug="botox"]')
        .getByRole('button', { name: /^Save note/ })
        .click();
      await page.waitForURL(/status=notes-saved#saved-botox$/);
      await page.goto('/bookmarks');
      expect(await box(page, 'botox').inputValue()).toBe('No script A');
      expect(await box(page, 'facelift').inputValue()).toBe('No script B');
    });
  });

  it('a refused form writes nothing and gives every box back as typed', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await saveAll(page, ['botox', 'facelift']);
      await page.goto('/bookmarks');
      // A control character no note may hold (typed by a script, past the box's own checks).
      await box(page, 'botox').fill('Fine note');
      await box(page, 'facelift').fill('Bell \u0007 here');
      await page
        .locator('article[data-slug="botox"]')
        .getByRole('button', { name: /^Save note/ })
        .click();
      await expect.poll(() => page.getByText(/^Nothing was saved: /).textContent(), POLL).toMatch(/cannot be saved/);
      expect(await box(page, 'botox').inputValue()).toBe('Fine note');
      expect(await box(page, 'facelift').inputValue()).toBe('Bell \u0007 here');
      await page.goto('/bookmarks');
      expect(await box(page, 'botox').inputValue()).toBe('');
      expect(await box(page, 'facelift').inputValue()).toBe('');
    });
  });
});
