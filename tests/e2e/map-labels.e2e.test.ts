import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, withPage } from './support/browser';

// The trade-off map on a desktop screen, measured in Chromium at 1280 × 800: every line of text it
// draws (numbers, band names, axis titles) is at least 12 px and touches no other, no number sits
// on another option's mark, and it holds exactly the options the table numbers, the rest listed
// as not plotted rather than put at zero.

// Concern pages link to the list's map view for their concern.
const ROUTES = [
  '/procedures?view=map',
  '/procedures?sort=yearly&view=map',
  '/procedures?concern=wrinkles&view=map',
  '/procedures?concern=excess_fat&view=map',
];

type Rect = { left: number; top: number; right: number; bottom: number };
type Measured = {
  texts: { text: string; rect: Rect; fontPx: number }[];
  options: { slug: string; number: string; label: Rect; shape: Rect }[];
  svgWidth: number;
  frameWidth: number;
};

const intersects = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function measure(page: Page): Promise<Measured> {
  return page.locator('svg.tradeoff-map').evaluate((svg: SVGSVGElement) => {
    const rect = (element: Element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    // The size the text is drawn at on screen: its font size through every transform above it.
    const fontPx = (element: SVGTextElement) => {
      const ctm = element.getScreenCTM();
      return parseFloat(getComputedStyle(element).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
    };
    return {
      texts: [...svg.querySelectorAll('text')].map((text) => ({ text: text.textContent ?? '', rect: rect(text), fontPx: fontPx(text) })),
      options: [...svg.querySelectorAll('a.map-option')].map((option) => ({
        slug: option.getAttribute('data-slug') ?? '',
        number: option.querySelector('text')?.textContent ?? '',
        label: rect(option.querySelector('text')!),
        shape: rect(option.querySelector('circle, rect, polygon')!),
      })),
      svgWidth: svg.getBoundingClientRect().width,
      frameWidth: svg.parentElement!.getBoundingClientRect().width,
    };
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every check a readable map passes, on the page as drawn at this viewport. */
async function expectReadable(page: Page, route: string) {
  await page.goto(route);
  const { texts, options, svgWidth, frameWidth } = await measure(page);
  expect(options.length).toBeGreaterThan(3);
  // The band names and axis titles are there, in plain words.
  const words = texts.map((t) => t.text).join(' | ');
  for (const band of ['Same day', 'Up to 1 week', '1–2 weeks', 'Long-', 'lasting', 'Up to', '3 months']) expect(words).toContain(band);
  expect(words).not.toMatch(/square|root|scale/i);

  const overlaps: string[] = [];
  texts.forEach((a, i) =>
    texts.slice(i + 1).forEach((b) => {
      if (intersects(a.rect, b.rect)) overlaps.push(`"${a.text}" × "${b.text}"`);
    }),
  );
  for (const a of options)
    for (const b of options) if (a !== b && intersects(a.label, b.shape)) overlaps.push(`number ${a.number} × mark ${b.number}`);
  expect(overlaps).toEqual([]);

  const small = texts.filter((t) => t.fontPx < 12).map((t) => `${t.text} at ${t.fontPx.toFixed(1)} px`);
  expect(small).toEqual([]);
  // Drawn whole at this width: nothing to scroll sideways.
  expect(svgWidth).toBeLessThanOrEqual(frameWidth);
}

describe('trade-off map at 1280 × 800', () => {
  for (const route of ROUTES) {
    it(`${route}: no two labels overlap, all at 12 px or more`, async () => {
      await withPage(browser, { viewport: { width: 1280, height: 800 } }, (page) => expectReadable(page, route));
    });
  }

  it('fits beside the filters at 1024 px too, at the same size', async () => {
    await withPage(browser, { viewport: { width: 1024, height: 768 } }, (page) => expectReadable(page, '/procedures?view=map'));
  });

  it('numbers on the map match the table, and options missing a figure are listed, not placed', async () => {
    await withPage(browser, { viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto('/procedures?view=map');
      const { options } = await measure(page);
      const rows = await page.locator('table.map-table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          slug: tr.getAttribute('data-slug') ?? '',
          onMap: tr.querySelector('[data-field="map-number"]')?.textContent ?? '',
        })),
      );
      const numbered = rows.filter((row) => /^\d+$/.test(row.onMap));
      const notPlotted = rows.filter((row) => row.onMap.startsWith('Not plotted'));
      expect(numbered.length + notPlotted.length).toBe(rows.length);
      expect(notPlotted.length).toBeGreaterThan(0);
      expect(options.map((o) => `${o.number} ${o.slug}`).sort()).toEqual(numbered.map((row) => `${row.onMap} ${row.slug}`).sort());
      const unplotted = await page
        .locator('[data-testid="unplotted"] li a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')?.replace('/procedures/', '') ?? ''));
      expect(unplotted.sort()).toEqual(notPlotted.map((row) => row.slug).sort());
    });
  });
});
