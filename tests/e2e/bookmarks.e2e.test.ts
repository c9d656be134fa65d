import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toggleActionId } from './support/bookmark-http';
import { baseUrl, launchBrowser, withPage } from './support/browser';

// Bookmarks end to end: save from procedure pages, see the list on /bookmarks, note, compare,
// share read-only, and the same without JavaScript. Each context is a separate anonymous visitor.

let browser: Browser;

const POLL = { timeout: 15_000 };

const toggleButton = (page: Page, slug: string) => page.locator(`[data-bookmark-toggle="${slug}"] button[aria-pressed]`).first();

/** Waits until the toggle knows this visitor's state (the client store has loaded). */
async function toggleState(page: Page, slug: string): Promise<string | null> {
  const button = toggleButton(page, slug);
  await expect.poll(() => button.getAttribute('data-state'), POLL).not.toBe('unknown');
  return button.getAttribute('data-state');
}

async function saveFromDetailPage(page: Page, slug: string): Promise<void> {
  await page.goto(`/procedures/${slug}`);
  expect(await toggleState(page, slug)).toBe('unsaved');
  await toggleButton(page, slug).click();
  await expect.poll(() => toggleButton(page, slug).getAttribute('aria-pressed'), POLL).toBe('true');
  // Settled: the save is confirmed, not only shown optimistically.
  await expect.poll(() => toggleButton(page, slug).getAttribute('aria-busy'), POLL).toBe('false');
  expect(await toggleButton(page, slug).getAttribute('aria-pressed')).toBe('true');
}

const savedSlugs = (page: Page) => page.locator('article[data-slug]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-slug')));

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('bookmarks with JavaScript', () => {
  it('saves, lists, notes, compares and shares read-only; other visitors see nothing', async () => {
    await withPage(browser, async (page) => {
      await saveFromDetailPage(page, 'botox');
      await saveFromDetailPage(page, 'facelift');

      // The cookie is anonymous, httpOnly and long-lived.
      const [cookie] = (await page.context().cookies()).filter((c) => c.name === 'pc_visitor');
      expect(cookie?.httpOnly).toBe(true);
      expect(cookie?.sameSite).toBe('Lax');
      expect((cookie!.expires - Date.now() / 1000) / 86_400).toBeGreaterThan(399);

      await page.reload();
      expect(await toggleState(page, 'facelift')).toBe('saved');

      await page.goto('/bookmarks');
      expect((await savedSlugs(page)).sort()).toEqual(['botox', 'facelift']);

      const botox = page.locator('article[data-slug="botox"]');
      await botox.getByRole('textbox').fill('Ask about Dysport too');
      await botox.getByRole('button', { name: 'Save note' }).click();
      // Scripted: saved in place, no page load.
      await expect.poll(() => botox.locator('[data-note-status]').textContent(), POLL).toMatch(/^Saved · /);
      await page.reload();
      await expect.poll(() => page.locator('article[data-slug="botox"] textarea').inputValue(), POLL).toBe('Ask about Dysport too');

      await page.goto('/bookmarks');
      await page.getByRole('checkbox', { name: /Compare Botox/ }).check();
      await page.getByRole('checkbox', { name: /Compare Facelift/ }).check();
      await page.getByRole('button', { name: 'Compare ticked' }).click();
      await page.waitForURL(/\/compare\?ids=/);
      const ids = new URL(page.url()).searchParams.get('ids')?.split(',').sort();
      expect(ids).toEqual(['botox', 'facelift']);

      // A second browser is a different visitor: none of the first one's bookmarks.
      await withPage(browser, async (stranger) => {
        await stranger.goto('/bookmarks');
        await expect.poll(() => stranger.getByRole('heading', { name: 'Nothing saved yet' }).count(), POLL).toBe(1);
        await stranger.goto('/procedures/botox');
        expect(await toggleState(stranger, 'botox')).toBe('unsaved');

        // Share: the stranger sees the shortlist, read-only and without the note.
        await page.goto('/bookmarks');
        await page.getByRole('button', { name: 'Create a share link' }).click();
        await page.waitForURL(/status=share-created/);
        const shareUrl = await page.locator('#share-url').inputValue();
        expect(shareUrl).toMatch(/\/shared\/[A-Za-z0-9_-]{43}$/);
        const shared = await stranger.goto(shareUrl);
        expect(shared?.status()).toBe(200);
        const sharedText = await stranger.locator('main').innerText();
        expect(sharedText).toContain('Facelift');
        expect(sharedText).toMatch(/Botox/);
        expect(sharedText).not.toContain('Ask about Dysport too');
        // Nothing edits the sharer's list: the one form is the reader's own "Save these to my list".
        expect(await stranger.locator('main textarea').count()).toBe(0);
        expect(await stranger.locator('main form').count()).toBe(1);
        expect(await stranger.locator('main form button').textContent()).toBe('Save these to my list');

        await page.getByRole('button', { name: 'Stop sharing' }).click();
        await page.waitForURL(/status=share-revoked/);
        expect((await stranger.goto(shareUrl))?.status()).toBe(404);
      });
    });
  });
});

describe('a bookmark post that came back before the page hydrated', () => {
  it('shows the note its fragment names, with JavaScript on', async () => {
    // A click before hydration posts the plain form, which redirects here; with scripts on the
    // <noscript> notes are inert, so the toggle renders the one the fragment names.
    await withPage(browser, { javaScriptEnabled: true }, async (page) => {
      await page.goto('/procedures/lip-filler#bookmark-removed-lip-filler');
      const note = page.locator('#bookmark-removed-lip-filler');
      await note.waitFor();
      expect(await note.isVisible()).toBe(true);
      expect(await note.getByRole('link', { name: 'Undo' }).getAttribute('href')).toBe('/bookmarks?removed=lip-filler');
      // The other outcomes' notes exist only inside <noscript>, as text a scripted page never parses.
      expect(await page.locator('#bookmark-saved-lip-filler').count()).toBe(0);
    });
  });
});

describe('the no-JavaScript toggle behind a chain of proxies', () => {
  it('keeps the list filters it was posted from when X-Forwarded-Host names several hops', async () => {
    const base = baseUrl();
    const host = new URL(base).host;
    const form = new FormData();
    form.set(`$ACTION_ID_${await toggleActionId(base)}`, '');
    form.set('slug', 'botox');
    form.set('intent', 'save');
    form.set('returnTo', '/procedures');
    const response = await fetch(`${base}/procedures`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
      // The first hop is the host the browser addressed; later ones are proxies it went through.
      headers: { Origin: base, Referer: `${base}/procedures?downtimeDays=2`, 'X-Forwarded-Host': `${host}, internal-proxy:8080` },
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/procedures?downtimeDays=2#bookmark-saved-botox');
  });
});

describe('bookmarks without JavaScript', () => {
  it('drives the cards of a page reached by client navigation: one page-wide controller, no component per card', async () => {
    await withPage(browser, async (page) => {
      await page.goto('/');
      await page.getByRole('navigation').getByRole('link', { name: 'Procedures' }).click();
      await page.waitForURL(/\/procedures$/);
      const card = page.locator('article[data-slug]').first();
      const slug = (await card.getAttribute('data-slug')) ?? '';
      expect(await toggleState(page, slug)).toBe('unsaved');
      await toggleButton(page, slug).click();
      await expect.poll(() => toggleButton(page, slug).getAttribute('aria-busy'), POLL).toBe('false');
      expect(await toggleButton(page, slug).getAttribute('aria-pressed')).toBe('true');
      // Taken over by the controller: no page load, no fragment.
      expect(page.url()).toMatch(/\/procedures$/);

      await card.getByRole('button', { name: /^Add .+ to compare$/ }).click();
      await card.getByRole('button', { name: /^Remove .+ from compare$/ }).waitFor();
      await page.getByRole('region', { name: 'Compare (1 of 4)' }).waitFor();
    });
  });

  it('comes back by form post to the page and query it was posted from', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto('/procedures?downtimeDays=2&sort=cost');
      const slug = (await page.locator('article[data-slug]').first().getAttribute('data-slug')) ?? '';
      await toggleButton(page, slug).click();
      await page.waitForURL(new RegExp(`/procedures\\?downtimeDays=2&sort=cost#bookmark-saved-${slug}$`));
      expect(await page.locator(`#bookmark-saved-${slug}`).isVisible()).toBe(true);
    });
  });

  it('saves by form post and manages the list with plain forms', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto('/procedures/lip-filler');
      await toggleButton(page, 'lip-filler').click();
      await page.waitForURL(/\/procedures\/lip-filler#bookmark-saved-lip-filler$/);
      expect(await page.locator('#bookmark-saved-lip-filler').isVisible()).toBe(true);

      await page.goto('/bookmarks');
      expect(await savedSlugs(page)).toEqual(['lip-filler']);

      // A note, then remove and undo: the note comes back.
      const item = page.locator('article[data-slug="lip-filler"]');
      await item.getByRole('textbox').fill('Only before the wedding');
      await item.getByRole('button', { name: 'Save note' }).click();
      await page.waitForURL(/status=notes-saved/);
      await page
        .locator('article[data-slug="lip-filler"]')
        .getByRole('button', { name: /^Remove/ })
        .click();
      await page.waitForURL(/removed=lip-filler/);
      expect(await savedSlugs(page)).toEqual([]);
      await page.getByRole('button', { name: /^Undo/ }).click();
      await page.waitForURL(/status=restored/);
      expect(await page.locator('article[data-slug="lip-filler"] textarea').inputValue()).toBe('Only before the wedding');

      // Compare refuses fewer than two, with a message.
      await page.getByRole('checkbox', { name: /Compare Lip filler/ }).check();
      await page.getByRole('button', { name: 'Compare ticked' }).click();
      await page.waitForURL(/error=compare-too-few/);
      expect(
        await page
          .getByRole('alert')
          .filter({ hasText: /at least 2/ })
          .count(),
      ).toBe(1);
      expect(await page.getByRole('checkbox', { name: /Compare Lip filler/ }).isChecked()).toBe(true);

      // Remove all needs a confirmation step.
      await page.getByRole('link', { name: /Remove all saved procedures/ }).click();
      await page.getByRole('button', { name: 'Yes, remove all' }).click();
      await page.waitForURL(/status=all-removed/);
      await expect.poll(() => page.getByRole('heading', { name: 'Nothing saved yet' }).count(), POLL).toBe(1);
    });
  });
});
