import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { addDays, todayInTimeZone } from '../../lib/planner/dates';
import type { PartReport, Row } from './report';

// Part: page budgets. What a phone pays for each page, measured where noise can't blur it: the
// HTML as served (bytes, React's inline payload included) and the elements it builds
// (document.querySelectorAll('*').length in Chromium, at 390 × 844).

const CHROMIUM = '/usr/bin/chromium';

export type PageBudget = { label: string; path: string; maxKb: number; maxElements: number };
export type BudgetResult = { label: string; path: string; status: number | null; bytes: number; elements: number | null; error?: string };

/** The budgets the issues set; the plan's dates are relative to today, so the page is always a live plan. */
export function budgetPages(today = todayInTimeZone(new Date(), 'UTC')): PageBudget[] {
  const plan = (days: number) => `/plan?eventDate=${addDays(today, days)}&concern=wrinkles`;
  return [
    { label: '/plan, a date 30 days away and a concern', path: plan(30), maxKb: 120, maxElements: 900 },
    { label: '/plan, a date 300 days away and a concern', path: plan(300), maxKb: 120, maxElements: 900 },
    { label: '/', path: '/', maxKb: 60, maxElements: 900 },
    { label: '/procedures', path: '/procedures', maxKb: 120, maxElements: 900 },
    { label: '/concerns/wrinkles', path: '/concerns/wrinkles', maxKb: 120, maxElements: 900 },
    { label: '/procedures/facelift', path: '/procedures/facelift', maxKb: 120, maxElements: 900 },
    { label: '/compare, three procedures', path: '/compare?ids=botox,facelift,lip-filler', maxKb: 120, maxElements: 900 },
  ];
}

export async function runPageBudget(baseUrl: string): Promise<PartReport & { pages: BudgetResult[] }> {
  const pages = budgetPages();
  if (!fs.existsSync(CHROMIUM)) {
    return { title: 'Page budgets', rows: [], notes: [`skipped: ${CHROMIUM} not found (apt-get install -y chromium)`], pages: [] };
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const results: BudgetResult[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const { label, path } of pages) {
      try {
        const response = await page.goto(baseUrl + path);
        const bytes = Buffer.byteLength((await response?.text()) ?? '');
        const elements = await page.evaluate(() => document.querySelectorAll('*').length);
        results.push({ label, path, status: response?.status() ?? null, bytes, elements });
      } catch (error) {
        results.push({ label, path, status: null, bytes: 0, elements: null, error: (error as Error).message });
      }
    }
  } finally {
    await browser.close();
  }
  const rows: Row[] = results.map((result) => {
    const budget = pages.find((p) => p.path === result.path)!;
    const kb = Math.round((result.bytes / 1024) * 10) / 10;
    const met = result.status === 200 && kb <= budget.maxKb && result.elements !== null && result.elements <= budget.maxElements;
    return {
      page: result.label,
      status: result.status,
      'HTML KB': kb,
      elements: result.elements,
      budget: `≤ ${budget.maxKb} KB, ≤ ${budget.maxElements}`,
      verdict: result.status === 200 ? (met ? 'met' : 'missed') : 'n/a',
    };
  });
  const notes = [
    'HTML as served (uncompressed, React payload included); elements = document.querySelectorAll("*").length at 390 × 844.',
    ...results.filter((r) => r.error).map((r) => `${r.path}: ${r.error}`),
  ];
  return { title: 'Page budgets: bytes and elements', rows, notes, pages: results };
}
