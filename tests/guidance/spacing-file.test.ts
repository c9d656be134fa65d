import { describe, expect, it } from 'vitest';
import spacingFile from '@/prisma/guidance/spacing.json';
import { slugsNamed } from '@/lib/guidance/schema';
import { loadCatalog } from '@/lib/procedures/catalog/catalog-file';
import { SPACING, ruleFor, spacingFileSchema } from '@/lib/planner/spacing';

// The spacing rules file as shipped: it parses, names only catalog slugs, and each rule is sourced.

describe('prisma/guidance/spacing.json', () => {
  it('parses with the planner’s schema', () => {
    expect(spacingFileSchema.safeParse(spacingFile).success).toBe(true);
  });

  it('names only slugs the catalog has', () => {
    const slugs = new Set(loadCatalog().map((entry) => entry.slug));
    expect(slugsNamed(spacingFile).filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it('gives every rule a unique id and evidence from a listed source', () => {
    const ids = SPACING.rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sources = new Set(SPACING.sources.map((source) => source.id));
    for (const rule of SPACING.rules) expect(sources.has(rule.evidence.source)).toBe(true);
  });

  it('checks rule evidence against the listed sources, and ruleFor reads a rule in its direction only', () => {
    const rule = {
      id: 'toxin-before-peel',
      first: { categories: ['neuromodulator'] },
      then: { categories: ['chemical_peel'] },
      minDays: 14,
      text: 'A toxin at least two weeks before a peel.',
      evidence: { source: 'society', quote: 'two weeks' },
    };
    expect(spacingFileSchema.safeParse({ sources: [], rules: [rule] }).success).toBe(false);
    const source = {
      id: 'society',
      title: 'A society page',
      url: 'https://example.org/page',
      publisher: 'Example Society',
      kind: 'professional_society',
      year: 2024,
      accessed: '2026-11-30',
      copyOf: null,
      author: null,
    };
    const { rules } = spacingFileSchema.parse({ sources: [source], rules: [rule] });
    const toxin = { slug: 'botox', category: 'neuromodulator' };
    const peel = { slug: 'light-chemical-peel', category: 'chemical_peel' };
    expect(ruleFor(toxin, peel, rules)?.minDays).toBe(14);
    expect(ruleFor(peel, toxin, rules)).toBeNull();
  });
});
