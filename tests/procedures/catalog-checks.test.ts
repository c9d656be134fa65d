import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogWarnings, checkCatalog } from '@/lib/procedures/catalog/catalog-checks';
import { loadCatalog } from '@/lib/procedures/catalog/catalog-file';
import type { CatalogEntry } from '@/lib/procedures/catalog/catalog-schema';

// The review's checks, on deliberately broken copies of a real entry, and on the catalog itself.

const catalog = loadCatalog();
const facelift = catalog.find((entry) => entry.slug === 'facelift')!;
const evidence = { source: facelift.sources[0]!.id, quote: 'a quote that locates the figure' };
const slugsOf = (entries: CatalogEntry[]) => checkCatalog(entries).map((problem) => `${problem.slug} ${problem.figure}`);

describe('catalog checks', () => {
  it('finds nothing wrong in the catalog as it is', () => {
    expect(checkCatalog(catalog)).toEqual([]);
  });

  it('fails a milestone order that cannot be true', () => {
    const broken: CatalogEntry = {
      ...facelift,
      downtime: { minDays: 7, maxDays: 30, evidence },
      lookNormal: { minDays: 7, maxDays: 14, evidence },
      finalResult: { minDays: 10, maxDays: 20, evidence },
      resultsVisible: { minDays: 0, maxDays: 40, evidence },
    };
    expect(slugsOf([broken])).toEqual(['facelift resultsVisible', 'facelift downtime', 'facelift lookNormal']);
  });

  it('fails an upper bound stored as an exact value, and accepts it written as a range', () => {
    const bound = { minDays: 180, maxDays: 180, evidence: { ...evidence, quote: 'Final results may take up to six months' } };
    expect(slugsOf([{ ...facelift, finalResult: bound }])).toContain('facelift finalResult');
    expect(slugsOf([{ ...facelift, finalResult: { ...bound, minDays: 0 } }])).not.toContain('facelift finalResult');
  });

  it('warns about a course whose sessions and interval rest on two sources', () => {
    const course = catalog.find((entry) => entry.sessions && !('notReported' in entry.sessions) && entry.sessions.interval)!;
    const sessions = course.sessions as Exclude<CatalogEntry['sessions'], null | { notReported: string }>;
    const other = {
      id: 'another-source',
      title: 'Another source',
      url: 'https://example.org/other',
      publisher: 'Example',
      kind: 'peer_reviewed' as const,
      year: 2024,
      accessed: '2026-12-06',
      copyOf: null,
      author: null,
    };
    const split: CatalogEntry = {
      ...course,
      sources: [...course.sources, other],
      sessions: { ...sessions, interval: { minDays: 28, maxDays: 42, evidence: { source: other.id, quote: 'every four to six weeks' } } },
    };
    expect(slugsOf([split])).not.toContain(`${course.slug} sessions`);
    expect(catalogWarnings([split]).map((w) => `${w.slug} ${w.figure}`)).toContain(`${course.slug} sessions`);
  });

  it('makes npm run catalog:report fail on a broken catalog folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-checks-'));
    const broken = { ...facelift, resultsVisible: { minDays: 0, maxDays: 999, evidence } };
    fs.writeFileSync(path.join(dir, 'entries.json'), JSON.stringify([broken]));
    const run = () => execFileSync('npx', ['tsx', 'scripts/catalog/report.ts', dir], { encoding: 'utf8', stdio: 'pipe' });
    let output = '';
    try {
      run();
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output).toMatch(/facelift resultsVisible: Results show after 999 days is after the final result/);
  });
});
