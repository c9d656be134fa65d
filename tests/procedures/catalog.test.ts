import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogError, loadCatalog } from '@/lib/procedures/catalog-file';
import { toProcedureData } from '@/lib/procedures/catalog-to-row';
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
      'botox', 'lip-filler', 'cheek-filler', 'under-eye-filler', 'light-chemical-peel', 'medium-chemical-peel',
      'deep-chemical-peel', 'co2-laser-resurfacing', 'non-ablative-fractional-laser', 'ipl-photofacial',
      'laser-hair-removal', 'microneedling', 'microdermabrasion', 'cryolipolysis', 'deoxycholic-acid-injections',
      'facelift', 'brow-lift', 'blepharoplasty', 'rhinoplasty', 'liposuction', 'breast-augmentation',
      'abdominoplasty', 'thread-lift',
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
    const botox = catalog.find((e) => e.slug === 'botox');
    const browLift = catalog.find((e) => e.slug === 'brow-lift');
    expect(botox?.recoveryDays?.max).toBeLessThanOrEqual(2);
    expect(browLift?.recoveryDays?.min).toBeGreaterThan(botox?.recoveryDays?.max ?? Infinity);
  });
});

describe('loading a catalog', () => {
  it('names the file, entry and field of a bad value', () => {
    const bad = { ...catalog[0], recoveryDays: { min: 5, max: 2 } };
    const dir = writeCatalog([bad]);
    expect(() => loadCatalog(dir)).toThrow(CatalogError);
    expect(() => loadCatalog(dir)).toThrow(`entries.json, entry "${bad.slug}", field recoveryDays: min must not exceed max`);
  });

  it('refuses duplicate slugs and invalid JSON', () => {
    expect(() => loadCatalog(writeCatalog([catalog[0], catalog[0]]))).toThrow(/duplicate slug/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-'));
    fs.writeFileSync(path.join(dir, 'broken.json'), '[{');
    expect(() => loadCatalog(dir)).toThrow(/broken\.json: not valid JSON/);
  });

  it('refuses a made-up category or a missing source', () => {
    expect(() => loadCatalog(writeCatalog([{ ...catalog[0], category: 'magic' }]))).toThrow(/field category/);
    expect(() => loadCatalog(writeCatalog([{ ...catalog[0], sources: [] }]))).toThrow(/field sources/);
  });
});

describe('catalog entry to database row', () => {
  it('derives search text and the typical cost used for filtering', () => {
    const entry = catalog[0]!;
    const row = toProcedureData({
      ...entry,
      name: 'Wrinkle Relaxer',
      aliases: ['Tox'],
      brands: ['Botox Cosmetic'],
      cost: { lowUsd: null, highUsd: null, averageUsd: 435, per: 'per treatment', year: 2023, excludes: null, source: entry.sources[0]! },
    });
    expect(row.searchText).toBe('wrinkle relaxer | tox | botox cosmetic');
    expect(row.costTypicalUsd).toBe(435);
    const ranged = toProcedureData({ ...entry, cost: { lowUsd: 300, highUsd: 600, averageUsd: 450, per: 'x per', year: 2024, excludes: null, source: entry.sources[0]! } });
    expect(ranged.costTypicalUsd).toBe(300);
    expect(toProcedureData({ ...entry, cost: null }).costTypicalUsd).toBeNull();
  });
});
