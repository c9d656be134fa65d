import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, withPage } from './support/browser';

// A list that follows the visitor: a transfer code used in a second browser brings every
// bookmark and note across and merges; the site's own export imports back; a shared list can be
// kept by its reader without touching their notes, and shows the owner's notes only by choice.

let browser: Browser;
const POLL = { timeout: 15_000 };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function saveWithNotes(page: Page, notes: Record<string, string | null>): Promise<void> {
  const headers = { origin: baseUrl() };
  for (const [slug, note] of Object.entries(notes)) {
    expect((await page.request.put(`/api/bookmarks/${slug}`, { headers })).status()).toBe(200);
    if (note) expect((await page.request.patch(`/api/bookmarks/${slug}`, { headers, data: { note } })).status()).toBe(200);
  }
}

/** slug → note, as /bookmarks shows them. */
async function listed(page: Page): Promise<Record<string, string>> {
  await page.goto('/bookmarks');
  const entries = await page
    .locator('article[data-slug]')
    .evaluateAll((items) => items.map((item) => [item.getAttribute('data-slug') ?? '', item.querySelector('textarea')?.value ?? '']));
  return Object.fromEntries(entries);
}

describe('move the list to another device', () => {
  it('a code used in a second browser brings every bookmark and note across and merges; a used code is refused', async () => {
    await withPage(browser, async (phone) => {
      await saveWithNotes(phone, { botox: 'phone: ask about Dysport', facelift: 'phone: scars?', 'lip-filler': null });
      await phone.goto('/bookmarks');
      await phone.getByRole('button', { name: 'Get a transfer code' }).click();
      const code = (await phone.locator('[data-transfer-code]').textContent({ timeout: 15_000 })) ?? '';
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);

      await withPage(browser, async (laptop) => {
        await saveWithNotes(laptop, { botox: 'laptop: my own note', 'ipl-photofacial': 'laptop: IPL' });
        await laptop.goto('/bookmarks');
        await laptop.getByLabel(/Have a code/).fill(code.toLowerCase());
        await laptop.getByRole('button', { name: 'Bring that list here' }).click();
        await laptop.waitForURL(/status=transferred/);
        expect(await listed(laptop)).toEqual({
          botox: 'laptop: my own note',
          facelift: 'phone: scars?',
          'lip-filler': '',
          'ipl-photofacial': 'laptop: IPL',
        });
        await expect.poll(() => laptop.locator('[data-saved-count]').getAttribute('data-count'), POLL).toBe('4');
      });

      await withPage(browser, async (stranger) => {
        await stranger.goto('/bookmarks');
        await stranger.getByLabel(/Have a code/).fill(code);
        await stranger.getByRole('button', { name: 'Bring that list here' }).click();
        await expect.poll(() => stranger.locator('form [role="alert"]').textContent(), POLL).toMatch(/already been used/);
        expect(await stranger.getByLabel(/Have a code/).inputValue()).toBe(code);
        expect(await listed(stranger)).toEqual({});
      });
    });
  });

  it("imports the site's own export back exactly, and refuses a foreign file, writing nothing", async () => {
    await withPage(browser, async (owner) => {
      await saveWithNotes(owner, { botox: 'line one\nline two', facelift: null });
      const file = await (await owner.request.get('/api/bookmarks/export?format=json')).text();
      await withPage(browser, async (other) => {
        await other.goto('/bookmarks');
        const upload = (name: string, text: string) =>
          other.getByLabel(/Import a saved file/).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
        await upload('package.json', JSON.stringify({ name: 'not-ours', version: '1.0.0' }));
        await other.getByRole('button', { name: 'Import', exact: true }).click();
        await expect
          .poll(() => other.locator('form [role="alert"]').textContent(), POLL)
          .toMatch(/^Nothing was imported: .*not a Procedure Compare export/);
        expect(await listed(other)).toEqual({});

        await upload('saved.json', file);
        await other.getByRole('button', { name: 'Import', exact: true }).click();
        await other.waitForURL(/status=imported/);
        const again = JSON.parse(await (await other.request.get('/api/bookmarks/export?format=json')).text()) as { bookmarks: unknown };
        expect(again.bookmarks).toEqual((JSON.parse(file) as { bookmarks: unknown }).bookmarks);
      });
    });
  });
});

describe('keep a shared list', () => {
  it("merges into the reader's list without touching their notes; the owner's notes show only when chosen", async () => {
    await withPage(browser, async (owner) => {
      await saveWithNotes(owner, { botox: 'OWNER-PRIVATE-NOTE', facelift: null });
      await owner.goto('/bookmarks');
      expect(await owner.getByRole('checkbox', { name: /Include my notes/ }).isChecked()).toBe(false);
      await owner.getByRole('button', { name: 'Create a share link' }).click();
      await owner.waitForURL(/status=share-created/);
      const shareUrl = await owner.locator('#share-url').inputValue();

      await withPage(browser, async (reader) => {
        await saveWithNotes(reader, { botox: 'reader: mine', 'lip-filler': 'reader: lips' });
        await reader.goto(shareUrl);
        expect(await reader.content()).not.toContain('OWNER-PRIVATE-NOTE');
        await reader.getByRole('button', { name: 'Save these to my list' }).click();
        await reader.waitForURL(/status=kept-shared/);
        expect(await listed(reader)).toEqual({ botox: 'reader: mine', facelift: '', 'lip-filler': 'reader: lips' });

        // The owner chooses to show notes: now (and only now) the reader sees them.
        await owner.getByRole('button', { name: 'Show my notes too' }).click();
        await expect.poll(() => owner.locator('[data-share-notes]').getAttribute('data-share-notes'), POLL).toBe('included');
        await reader.goto(shareUrl);
        expect(await reader.locator('[data-shared-note="botox"]').textContent()).toContain('OWNER-PRIVATE-NOTE');
        // Keeping the list again still never copies the owner's note over the reader's.
        await reader.getByRole('button', { name: 'Save these to my list' }).click();
        await reader.waitForURL(/status=kept-shared/);
        expect((await listed(reader)).botox).toBe('reader: mine');
      });
    });
  });

  it('keeps a shared list without JavaScript too', async () => {
    await withPage(browser, async (owner) => {
      await saveWithNotes(owner, { 'lip-filler': null });
      await owner.goto('/bookmarks');
      await owner.getByRole('button', { name: 'Create a share link' }).click();
      await owner.waitForURL(/status=share-created/);
      const shareUrl = await owner.locator('#share-url').inputValue();
      await withPage(browser, { javaScriptEnabled: false }, async (reader) => {
        await reader.goto(shareUrl);
        await reader.getByRole('button', { name: 'Save these to my list' }).click();
        await reader.waitForURL(/status=kept-shared/);
        expect(Object.keys(await listed(reader))).toEqual(['lip-filler']);
      });
    });
  });
});
