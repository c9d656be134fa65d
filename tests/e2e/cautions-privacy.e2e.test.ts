import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONDITIONS } from '@/lib/cautions/conditions';
import { ABOUT_ME_STORAGE_KEY } from '@/lib/cautions/storage';
import { openDatabase } from '@/lib/db/client';
import { parseDatabaseUrl } from '@/lib/config/database-url.mjs';
import { freePort } from '../../scripts/bench/free-port';
import { startAppServer, type AppServer } from './support/app-server';
import { launchBrowser } from './support/browser';
import { createSeededDatabase, type SeededDatabase } from './support/seeded-database';

// Health conditions never leave the browser. A whole session with every condition ticked (list,
// procedure page, compare, plan, a bookmark, an autosaved note, a transfer code, an import, a
// share link with notes, keeping a shared list) on a server and database of its own;
// then every request URL, header and body, the server's output and the visitor tables must hold
// no condition id or label.

let database: SeededDatabase;
let server: AppServer | undefined;
let browser: Browser;
const POLL = { timeout: 15_000 };

beforeAll(async () => {
  database = await createSeededDatabase('cautions-privacy');
  server = await startAppServer(database.url, await freePort());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await database?.drop();
});

async function tickEverything(page: Page): Promise<void> {
  const panel = page.locator('details[data-about-me]');
  if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
  for (const condition of CONDITIONS) {
    const box = panel.getByRole('checkbox', { name: condition.label });
    await expect.poll(() => box.isEnabled(), POLL).toBe(true);
    if (!(await box.isChecked())) await box.check();
  }
}

async function dumpVisitorTables(url: string): Promise<string> {
  const db = await openDatabase(parseDatabaseUrl(url));
  try {
    const tables: Record<string, unknown> = {};
    for (const table of ['Visitor', 'Bookmark', 'ShareLink', 'RateLimit', 'TransferCode']) {
      tables[table] = await db.prisma.$queryRawUnsafe(`SELECT * FROM "${table}"`);
    }
    return JSON.stringify(tables);
  } finally {
    await db.close();
  }
}

describe('health conditions stay in the browser', () => {
  it('sends none to the server, logs none and stores none', { timeout: 240_000 }, async () => {
    let transferCode = '';
    const context = await browser.newContext({ baseURL: server!.url });
    const page = await context.newPage();
    const sent: Promise<string>[] = [];
    page.on('request', (request) => {
      sent.push(
        request
          .allHeaders()
          // A request still in flight when the context closes: its provisional headers.
          .catch(() => request.headers())
          .then((headers) => `${request.method()} ${request.url()}\n${JSON.stringify(headers)}\n${request.postData() ?? ''}`),
      );
    });
    try {
      await page.goto('/procedures');
      await tickEverything(page);
      await expect.poll(() => page.locator('article[data-flagged]').count(), POLL).toBeGreaterThan(0);
      // Positive control: the ticks are really held, in this browser's storage.
      const stored = await page.evaluate((key) => localStorage.getItem(key), ABOUT_ME_STORAGE_KEY);
      expect(JSON.parse(stored ?? '[]')).toEqual(CONDITIONS.map((condition) => condition.id));

      // Browse by client navigation and by full loads.
      await page.locator('article[data-slug] h3 a').first().click();
      await page.waitForURL(/\/procedures\/[a-z0-9-]+$/);
      await page.goto('/procedures/botox');
      await expect.poll(() => page.locator('section[data-caution-scope][data-flagged]').count(), POLL).toBe(1);
      const toggle = page.locator('[data-bookmark-toggle="botox"] button[aria-pressed]').first();
      await expect.poll(() => toggle.getAttribute('data-state'), POLL).toBe('unsaved');
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-pressed'), POLL).toBe('true');
      await expect.poll(() => toggle.getAttribute('aria-busy'), POLL).toBe('false');

      await page.goto('/compare?ids=botox,facelift&view=details');
      await expect.poll(() => page.locator('tr[data-row="cautions"] [data-flagged]').count(), POLL).toBe(2);
      // Ticked on a plan's results, then a new plan submitted from the form: the URL carries the wishes only.
      await page.goto('/plan?eventDate=2030-01-10');
      await tickEverything(page);
      await page.goto('/plan');
      await page.getByLabel('Event date').fill('2030-02-10');
      await page.getByRole('button', { name: 'Show my options' }).click();
      await page.waitForURL(/\/plan\?/);
      await expect.poll(() => page.locator('article[data-section][data-flagged]').count(), POLL).toBeGreaterThan(0);

      await page.goto('/bookmarks');
      await page.getByRole('button', { name: 'Create a share link' }).click();
      await page.waitForURL(/status=share-created/);
      const shareUrl = await page.locator('#share-url').inputValue();

      // The list's newer flows: an autosaved note, a transfer code made and used, an import of
      // the site's own export, notes shown on the share link, and "Save these to my list".
      const note = page.locator('article[data-slug="botox"] textarea');
      await note.click();
      await page.keyboard.type('Ask about the second session');
      await note.blur();
      await expect.poll(() => page.locator('article[data-slug="botox"] [data-note-status]').textContent(), POLL).toMatch(/^Saved/);
      await page.getByRole('button', { name: 'Get a transfer code' }).click();
      transferCode = (await page.locator('[data-transfer-code]').textContent({ timeout: 15_000 })) ?? '';
      expect(transferCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      await page.getByLabel(/Have a code/).fill(transferCode);
      await page.getByRole('button', { name: 'Bring that list here' }).click();
      await page.waitForURL(/status=transferred/);
      const exported = await (await page.request.get('/api/bookmarks/export?format=json')).text();
      await page
        .getByLabel(/Import a saved file/)
        .setInputFiles({ name: 'saved.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.waitForURL(/status=imported/);
      await page.getByRole('button', { name: 'Show my notes too' }).click();
      await expect.poll(() => page.locator('[data-share-notes]').getAttribute('data-share-notes'), POLL).toBe('included');
      await page.goto(shareUrl);
      await expect.poll(() => page.locator('[data-shared-note="botox"]').count(), POLL).toBe(1);
      await page.getByRole('button', { name: 'Save these to my list' }).click();
      await page.waitForURL(/status=kept-shared/);
      await page.goto(shareUrl);
      await page.waitForLoadState('networkidle');
    } finally {
      await context.close();
    }
    const requests = await Promise.all(sent);
    await server!.stop();
    const output = server!.output();
    server = undefined;
    const tables = await dumpVisitorTables(database.url);

    // The session really happened: pages, a server action, a bookmark and a share link.
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.some((request) => request.startsWith('POST '))).toBe(true);
    expect(tables).toContain('"token"');
    expect(JSON.parse(tables).Bookmark).toHaveLength(1);

    const needles = CONDITIONS.flatMap((condition) => [condition.id, condition.label]).map((needle) => needle.toLowerCase());
    const leaks = (haystack: string) => needles.filter((needle) => haystack.toLowerCase().includes(needle));
    expect(leaks(requests.join('\n'))).toEqual([]);
    expect(leaks(output)).toEqual([]);
    expect(leaks(tables)).toEqual([]);
    // The transfer code is neither logged nor stored (only its hash is).
    expect(JSON.parse(tables).TransferCode).toHaveLength(1);
    for (const form of [transferCode, transferCode.replace(/-/g, '')]) {
      expect(output).not.toContain(form);
      expect(tables).not.toContain(form);
    }
  });
});
