import { describe, expect, it } from 'vitest';
import cautionsFile from '@/prisma/guidance/cautions.json';
import { CONDITIONS, CONDITION_IDS } from '@/lib/cautions/conditions';
import { CAUTIONS, cautionsFileSchema } from '@/lib/cautions/schema';
import { slugsNamed } from '@/lib/guidance/schema';
import { loadCatalog } from '@/lib/procedures/catalog/catalog-file';

describe('cautions guidance file', () => {
  it('parses, and every slug it names is in the catalog', () => {
    expect(cautionsFileSchema.safeParse(cautionsFile).success).toBe(true);
    const catalog = new Set(loadCatalog().map((entry) => entry.slug));
    const named = slugsNamed(cautionsFile);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((slug) => !catalog.has(slug))).toEqual([]);
  });

  it('uses every listed source, and only the conditions of the fixed list', () => {
    const used = new Set(CAUTIONS.cautions.map((caution) => caution.evidence.source));
    expect(CAUTIONS.sources.map((source) => source.id).filter((id) => !used.has(id))).toEqual([]);
    for (const caution of CAUTIONS.cautions) expect(CONDITION_IDS).toContain(caution.condition);
  });

  it('rejects a caution whose evidence names no listed source, an unknown condition or a long quote', () => {
    const caution = CAUTIONS.cautions[0]!;
    const bad = (change: object) => cautionsFileSchema.safeParse({ ...CAUTIONS, cautions: [{ ...caution, ...change }] }).success;
    expect(bad({})).toBe(true);
    expect(bad({ evidence: { source: 'nowhere', quote: 'a short quote here' } })).toBe(false);
    expect(bad({ condition: 'hay-fever' })).toBe(false);
    expect(bad({ evidence: { ...caution.evidence, quote: Array.from({ length: 31 }, () => 'word').join(' ') } })).toBe(false);
    expect(bad({ applies: { categories: [], slugs: [] } })).toBe(false);
    expect(bad({ level: 'maybe' })).toBe(false);
  });

  it('has a unique id, a label and a description for each condition', () => {
    expect(new Set(CONDITION_IDS).size).toBe(CONDITIONS.length);
    for (const condition of CONDITIONS) {
      expect(condition.label.length).toBeGreaterThan(3);
      expect(condition.description.length).toBeGreaterThan(3);
    }
  });
});
