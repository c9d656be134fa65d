import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, withPage } from './support/browser';

// The consultation kit in Chromium against `next start`: questions on procedure pages, the
// printable pack for a comparison and for the saved list (with the visitor's own note), with and
// without JavaScript, on screen and in print.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const CHECK_HOSTS = ['www.certificationmatters.org', 'www.abplasticsurgery.org', 'find-a-derm.aad.org', 'www.asds.net', 'www.docinfo.org'];

const questionIds = (page: Page, scope: string) =>
  page.locator(`${scope} li[data-question]`).evaluateAll((items) => items.map((item) => item.getAttribute('data-question')));

async function checkHosts(page: Page): Promise<string[]> {
  const hrefs = await page.locator('[data-credential-checks] a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => new URL(href).host);
}

async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}) ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

describe('questions on a procedure page', () => {
  it('lists the general and the category questions, each with its source, and the credential lookups', async () => {
    await withPage(browser, async (page) => {
      await page.goto('/procedures/lip-filler');
      const section = page.getByRole('region', { name: 'Questions to ask at your consultation' });
      await section.waitFor();
      const ids = await questionIds(page, 'section[aria-labelledby="questions-heading"]');
      expect(ids).toEqual(expect.arrayContaining(['board-certified', 'how-often', 'filler-product', 'filler-dissolve']));
      expect(ids).not.toContain('surgery-anesthesia');
      expect(await checkHosts(page)).toEqual(CHECK_HOSTS);

      // A question's source opens by keyboard, like a figure's.
      const marker = section.locator('li[data-question="filler-dissolve"] summary');
      await marker.focus();
      await page.keyboard.press('Enter');
      const quote = section.locator('li[data-question="filler-dissolve"] blockquote');
      await quote.waitFor();
      expect(await quote.textContent()).toMatch(/what your options are/);

      expect(await section.getByRole('link', { name: 'Printable consultation pack' }).getAttribute('href')).toBe(
        '/compare/pack?ids=lip-filler',
      );
      expect(await axeProblems(page)).toEqual([]);
    });
  });

  it('asks a surgery who gives the anesthesia and whether the facility is accredited', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto('/procedures/facelift');
      const ids = await questionIds(page, 'section[aria-labelledby="questions-heading"]');
      expect(ids).toEqual(expect.arrayContaining(['surgery-anesthesia', 'surgery-facility']));
    });
  });
});

describe('the consultation pack for a comparison', () => {
  const slugs = ['botox', 'lip-filler', 'facelift'];

  it('opens from /compare, shows each procedure with its questions, the lookups and room for notes, and prints clean', async () => {
    await withPage(browser, async (page) => {
      await page.goto(`/compare?ids=${slugs.join(',')}`);
      await page.getByRole('link', { name: 'Consultation pack' }).click();
      await page.waitForURL(/\/compare\/pack\?ids=botox,lip-filler,facelift$/);

      const procedures = await page
        .locator('[data-pack-procedure]')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-pack-procedure')));
      expect(procedures).toEqual(slugs);
      // Each procedure's sourced figures, and its own ruled notes space.
      for (const slug of slugs) {
        const block = page.locator(`[data-pack-procedure="${slug}"]`);
        expect(await block.locator('dd[data-field="downtime"]').textContent()).not.toBe('');
        expect(await block.locator('[data-notes-line]').count()).toBe(5);
        // The link to its questions lands on its category's group.
        const anchor = (await block.getByRole('link', { name: /^for / }).getAttribute('href')) ?? '';
        expect(await page.locator(anchor).count()).toBe(1);
      }
      expect(await questionIds(page, '[data-question-group="neuromodulator"]')).toEqual(['toxin-product', 'toxin-injector']);
      expect(await questionIds(page, '[data-question-group="dermal_filler"]')).toEqual(
        expect.arrayContaining(['filler-product', 'filler-dissolve']),
      );
      expect(await questionIds(page, '[data-question-group="surgery"]')).toEqual(
        expect.arrayContaining(['surgery-anesthesia', 'surgery-facility']),
      );
      // The general questions are asked once, not once per procedure.
      expect(await page.locator('li[data-question="board-certified"]').count()).toBe(1);
      expect(await checkHosts(page)).toEqual(CHECK_HOSTS);
      expect(await page.locator('#pack-overall-notes ~ div [data-notes-line]').count()).toBe(10);
      expect(await axeProblems(page)).toEqual([]);

      const printButton = page.getByRole('button', { name: 'Print or save as PDF' });
      expect(await printButton.isVisible()).toBe(true);
      expect(await page.locator('[data-pack-sources]').isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await printButton.isVisible()).toBe(false);
      expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
      expect(await page.getByRole('link', { name: 'Back to the comparison' }).isVisible()).toBe(false);
      expect(await page.locator('[data-consultation-pack] details').first().isVisible()).toBe(false);
      // What matters on paper stays: the notice, the questions, the lookups and the lines.
      expect(await page.getByRole('complementary', { name: 'Medical notice' }).isVisible()).toBe(true);
      expect(await page.locator('li[data-question="surgery-anesthesia"]').isVisible()).toBe(true);
      expect(await page.locator('[data-credential-checks]').isVisible()).toBe(true);
      expect(await page.locator('[data-notes-line]').last().isVisible()).toBe(true);
      // The source markers cannot open on paper, so the sources are listed there instead.
      const printedSources = page.locator('[data-pack-sources]');
      expect(await printedSources.isVisible()).toBe(true);
      expect(await printedSources.textContent()).toMatch(
        /American Society of Plastic Surgeons[\s\S]*U\.S\. Food and Drug Administration|U\.S\. Food and Drug Administration[\s\S]*American Society of Plastic Surgeons/,
      );
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    });
  });

  it('works without JavaScript, and explains an empty pack', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto('/compare/pack?ids=facelift,not-a-procedure,lip-filler');
      const procedures = await page
        .locator('[data-pack-procedure]')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-pack-procedure')));
      expect(procedures).toEqual(['facelift', 'lip-filler']);
      expect(await page.locator('li[data-question="surgery-anesthesia"]').count()).toBe(1);

      await page.goto('/compare/pack');
      expect(await page.getByRole('heading', { level: 1, name: 'Consultation pack' }).count()).toBe(1);
      expect(await page.locator('[data-pack-procedure]').count()).toBe(0);
    });
    // axe runs as a script in the page, so it checks the empty pack with JavaScript on.
    await withPage(browser, async (page) => {
      await page.goto('/compare/pack');
      expect(await axeProblems(page)).toEqual([]);
    });
  });
});

describe('the consultation pack for the saved list', () => {
  it('includes the note typed on /bookmarks, without JavaScript, and never puts it in a link', async () => {
    const cookies = await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      const note = 'Ask about swelling before 12 June';
      for (const slug of ['lip-filler', 'ipl-photofacial']) {
        await page.goto(`/procedures/${slug}`);
        await page.locator(`[data-bookmark-toggle="${slug}"] button[aria-pressed]`).first().click();
        await page.waitForURL(new RegExp(`/procedures/${slug}#bookmark-saved-${slug}$`));
      }
      await page.goto('/bookmarks');
      const item = page.locator('article[data-slug="lip-filler"]');
      await item.getByRole('textbox').fill(note);
      await item.getByRole('button', { name: 'Save note' }).click();
      await page.waitForURL(/status=notes-saved/);

      await page.getByRole('link', { name: 'Open the consultation pack' }).click();
      await page.waitForURL(/\/bookmarks\/pack$/);
      expect(await page.locator('[data-pack-procedure="lip-filler"] [data-saved-note]').textContent()).toContain(note);
      expect(await page.locator('[data-pack-procedure="ipl-photofacial"] [data-saved-note]').textContent()).toContain('No note saved.');
      expect(await questionIds(page, '[data-question-group="laser_light"]')).toEqual(expect.arrayContaining(['laser-skin-tone']));
      expect(await page.locator('[data-notes-space]').count()).toBe(3);
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((href) => href.includes('swelling'))).toEqual([]);
      expect(page.url()).not.toContain('swelling');
      return page.context().cookies();
    });

    // The same visitor with JavaScript on (axe runs as a script in the page).
    await withPage(browser, async (page) => {
      await page.context().addCookies(cookies);
      await page.goto('/bookmarks/pack');
      expect(await page.locator('[data-pack-procedure="lip-filler"] [data-saved-note]').textContent()).toContain('swelling');
      expect(await axeProblems(page)).toEqual([]);
    });

    // Another browser has no list: its pack is empty, and shows nobody's note.
    await withPage(browser, async (page) => {
      await page.goto('/bookmarks/pack');
      expect(await page.getByRole('heading', { name: 'Nothing saved yet' }).count()).toBe(1);
      expect(await page.content()).not.toContain('swelling');
    });
  });
});
