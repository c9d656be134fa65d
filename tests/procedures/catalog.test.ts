import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogError, loadCatalog } from '@/lib/procedures/catalog/catalog-file';
import { toProcedureData } from '@/lib/procedures/catalog/catalog-to-row';
import { CATEGORIES } from '@/lib/procedures/constants';

const catalog = loadCatalog();

function writeCatalog(entries: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-'));
  fs.writeFileSync(path.join(dir, 'entries.json'), JSON.stringify(entries));
  return dir;
}

describe('the reviewed catalog', () => {
  it('holds at least 30 procedures covering every category', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(30);
    expect(new Set(catalog.map((e) => e.category))).toEqual(new Set(CATEGORIES));
  });

  it('includes the procedures people ask about most', () => {
    const slugs = new Set(catalog.map((e) => e.slug));
    const required = [
      'botox',
      'lip-filler',
      'cheek-filler',
      'under-eye-filler',
      'light-chemical-peel',
      'medium-chemical-peel',
      'deep-chemical-peel',
      'co2-laser-resurfacing',
      'non-ablative-fractional-laser',
      'ipl-photofacial',
      'laser-hair-removal',
      'microneedling',
      'microdermabrasion',
      'cryolipolysis',
      'deoxycholic-acid-injections',
      'facelift',
      'brow-lift',
      'blepharoplasty',
      'rhinoplasty',
      'liposuction',
      'breast-augmentation',
      'abdominoplasty',
      'thread-lift',
    ];
    expect(required.filter((slug) => !slugs.has(slug))).toEqual([]);
    const neuromodulator = catalog.find((e) => e.slug === 'botox');
    expect(neuromodulator?.brands).toEqual(expect.arrayContaining(['Dysport', 'Xeomin']));
  });

  it('cites an authoritative https source and a review date for every entry', () => {
    for (const entry of catalog) {
      expect(entry.sources.length, entry.slug).toBeGreaterThan(0);
      expect(entry.lastReviewed, entry.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('keeps surgery slower to recover from than neuromodulators', () => {
    const downtime = (slug: string) => toProcedureData(catalog.find((e) => e.slug === slug)!);
    const botox = downtime('botox');
    const browLift = downtime('brow-lift');
    expect(botox.recoveryMaxDays).toBeLessThanOrEqual(2);
    expect(browLift.recoveryMinDays).toBeGreaterThan(botox.recoveryMaxDays ?? Infinity);
  });
});

describe('loading a catalog', () => {
  it('names the file, entry and field of a bad value', () => {
    const bad = {
      ...catalog[0],
      downtime: { minDays: 5, maxDays: 2, evidence: { source: catalog[0]!.sources[0]!.id, quote: 'five days' } },
    };
    const dir = writeCatalog([bad]);
    expect(() => loadCatalog(dir)).toThrow(CatalogError);
    expect(() => loadCatalog(dir)).toThrow(`entries.json, entry "${bad.slug}", field downtime: minDays must not exceed maxDays`);
  });

  it('refuses duplicate slugs and invalid JSON', () => {
    expect(() => loadCatalog(writeCatalog([catalog[0], catalog[0]]))).toThrow(/duplicate slug/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-'));
    fs.writeFileSync(path.join(dir, 'broken.json'), '[{');
    expect(() => loadCatalog(dir)).toThrow(/broken\.json: not valid JSON/);
  });

  it('refuses a figure without evidence, with evidence from a source the entry lacks, or with a long quote', () => {
    const entry = catalog.find((e) => e.slug === 'facelift')!;
    const { evidence: _dropped, ...bare } = entry.downtime as { minDays: number; maxDays: number; evidence: unknown };
    expect(() => loadCatalog(writeCatalog([{ ...entry, downtime: bare }]))).toThrow(/entry "facelift", field downtime/);
    const stranger = { ...bare, evidence: { source: 'not-in-this-entry', quote: 'two weeks' } };
    expect(() => loadCatalog(writeCatalog([{ ...entry, downtime: stranger }]))).toThrow(
      /entry "facelift", field downtime\.evidence\.source: no source with id "not-in-this-entry"/,
    );
    const long = { ...bare, evidence: { source: entry.sources[0]!.id, quote: Array.from({ length: 31 }, () => 'word').join(' ') } };
    expect(() => loadCatalog(writeCatalog([{ ...entry, downtime: long }]))).toThrow(/at most 30 words/);
    const costWithoutEvidence = {
      lowUsd: 100,
      highUsd: 200,
      averageUsd: null,
      basis: 'total_price',
      unit: 'per_session',
      year: 2024,
      excludes: null,
    };
    expect(() => loadCatalog(writeCatalog([{ ...entry, cost: costWithoutEvidence }]))).toThrow(/entry "facelift", field cost/);
  });

  it('keeps a gap honest: it must say what was searched', () => {
    const entry = catalog[0]!;
    expect(() => loadCatalog(writeCatalog([{ ...entry, cost: { notReported: '' } }]))).toThrow(/field cost/);
    expect(() => loadCatalog(writeCatalog([{ ...entry, cost: { notReported: 'Searched ASPS and AAD pages: no fee' } }]))).not.toThrow();
  });

  it('refuses a made-up category or a missing source', () => {
    expect(() => loadCatalog(writeCatalog([{ ...catalog[0], category: 'magic' }]))).toThrow(/field category/);
    expect(() => loadCatalog(writeCatalog([{ ...catalog[0], sources: [] }]))).toThrow(/field sources/);
  });
});

describe('catalog entry to database row', () => {
  it('derives search text and the typical cost used for filtering', () => {
    const entry = catalog[0]!;
    const costBase = {
      lowUsd: null,
      highUsd: null,
      averageUsd: null,
      basis: 'physician_fee' as const,
      unit: 'per_session' as const,
      year: 2023,
      excludes: null,
      evidence: { source: entry.sources[0]!.id, quote: 'average fee' },
    };
    const row = toProcedureData({
      ...entry,
      name: 'Wrinkle Relaxer',
      aliases: ['Tox'],
      brands: ['Botox Cosmetic'],
      cost: { ...costBase, averageUsd: 435 },
    });
    expect(row.searchText).toBe('wrinkle relaxer | tox | botox cosmetic');
    expect(row.costTypicalUsd).toBe(435);
    expect(row.costPer).toBe('per session');
    expect(row.costSourceUrl).toBe(entry.sources[0]!.url);
    const ranged = toProcedureData({ ...entry, cost: { ...costBase, lowUsd: 300, highUsd: 600, averageUsd: 450 } });
    expect(ranged.costTypicalUsd).toBe(300);
    const gap = toProcedureData({ ...entry, cost: { notReported: 'Searched ASPS statistics: no fee given' } });
    expect(gap.costTypicalUsd).toBeNull();
    expect(gap.gaps).toMatchObject({ cost: 'Searched ASPS statistics: no fee given' });
  });
});
