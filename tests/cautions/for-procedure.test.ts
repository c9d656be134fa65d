import { describe, expect, it } from 'vitest';
import { CONDITION_IDS } from '@/lib/cautions/conditions';
import { cautionsFor } from '@/lib/cautions/for-procedure';
import { CAUTIONS, type CautionsFile } from '@/lib/cautions/schema';

const source = {
  id: 'src',
  title: 'A source',
  url: 'https://example.org/a',
  publisher: 'Example',
  kind: 'professional_society' as const,
  year: 2024,
  accessed: '2026-11-30',
  copyOf: null,
  author: null,
};

const file: CautionsFile = {
  sources: [source],
  cautions: [
    {
      condition: 'smoking',
      applies: { categories: ['surgery'], slugs: [] },
      level: 'ask',
      text: 'Smoking slows healing after surgery.',
      evidence: { source: 'src', quote: 'smoking slows healing' },
    },
    {
      condition: 'smoking',
      applies: { categories: [], slugs: ['facelift'] },
      level: 'avoid',
      text: 'Do not have a facelift while smoking.',
      evidence: { source: 'src', quote: 'no facelift for smokers' },
    },
    {
      condition: 'pregnancy',
      applies: { categories: [], slugs: ['botox'] },
      level: 'ask',
      text: 'Not studied in pregnancy.',
      evidence: { source: 'src', quote: 'not studied in pregnancy' },
    },
  ],
};

describe('cautionsFor', () => {
  it('groups category- and slug-level cautions by condition, strongest first, with their source', () => {
    const result = cautionsFor({ slug: 'facelift', category: 'surgery' }, file);
    expect(result.flagged).toHaveLength(1);
    const [smoking] = result.flagged;
    expect(smoking!.condition).toBe('smoking');
    expect(smoking!.level).toBe('avoid');
    expect(smoking!.cautions.map((caution) => caution.level)).toEqual(['avoid', 'ask']);
    expect(smoking!.cautions[0]!.evidence).toEqual({ quote: 'no facelift for smokers', source });
  });

  it('lists every other condition as "none found", in the fixed order', () => {
    const result = cautionsFor({ slug: 'liposuction', category: 'surgery' }, file);
    expect(result.flagged.map((group) => group.condition)).toEqual(['smoking']);
    expect(result.flagged[0]!.level).toBe('ask');
    expect(result.none.map((item) => item.condition)).toEqual(CONDITION_IDS.filter((id) => id !== 'smoking'));
  });

  it('gives nothing flagged to a procedure no caution names', () => {
    const result = cautionsFor({ slug: 'lip-filler', category: 'dermal_filler' }, file);
    expect(result.flagged).toEqual([]);
    expect(result.none).toHaveLength(CONDITION_IDS.length);
  });

  it('reads the real file: darker skin is flagged for ablative lasers, and deep peels say avoid', () => {
    const co2 = cautionsFor({ slug: 'co2-laser-resurfacing', category: 'laser_light' }, CAUTIONS);
    expect(co2.flagged.map((group) => group.condition)).toContain('darker-skin');
    const deep = cautionsFor({ slug: 'deep-chemical-peel', category: 'chemical_peel' }, CAUTIONS);
    const darker = deep.flagged.find((group) => group.condition === 'darker-skin');
    expect(darker?.level).toBe('avoid');
    // The category-level peel caution applies as well.
    expect(darker?.cautions.length).toBeGreaterThanOrEqual(2);
  });
});
