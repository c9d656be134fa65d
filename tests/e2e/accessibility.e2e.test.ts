import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, withPage } from './support/browser';

// axe on every page type, at phone and desktop widths: zero violations.

const PAGES = [
  '/',
  '/procedures',
  '/procedures?downtimeDays=2&sort=cost',
  '/procedures?downtimeDays=abc',
  '/procedures/botox',
  '/procedures/facelift',
  '/about/data',
  '/procedures/no-such-thing',
  '/compare?ids=botox,lip-filler,brow-lift',
  '/compare?ids=botox,lip-filler,brow-lift&view=details',
  '/compare',
  '/plan',
  '/plan?eventDate=2030-01-10&readiness=healed',
  '/plan?eventDate=2030-01-10&treatment=botox&treatment=ipl-photofacial&budgetMax=2000&budgetPer=year',
  '/procedures?sort=yearly&view=map',
  '/concerns/volume-loss',
  '/compare/pack?ids=botox,lip-filler',
  '/bookmarks',
  '/bookmarks/pack',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility', () => {
  for (const width of [360, 1280]) {
    for (const path of PAGES) {
      it(`${path} has no axe violations at ${width}px`, { timeout: 180_000 }, async () => {
        const { violations } = await withPage(browser, async (page) => {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(path);
          return new AxeBuilder({ page }).analyze();
        });
        const problems = violations.map(
          (v) =>
            `${v.id} (${v.impact}) ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
        expect(problems).toEqual([]);
      });
    }
  }
});
