import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/compare/route';
import { comparisonResponseSchema } from '@/lib/compare/api';

// The "Health cautions" compare row through the real route and this worker's seeded database.

describe('health cautions in the comparison', () => {
  it('returns each procedure’s sourced cautions by condition, in the risks group', async () => {
    const response = await GET(new Request('http://localhost/api/compare?ids=botox,deep-chemical-peel,thread-lift'));
    expect(response.status).toBe(200);
    const body = comparisonResponseSchema.parse(await response.json());
    const risks = body.groups.find((group) => group.id === 'risks');
    const row = risks?.rows.find((candidate) => candidate.id === 'cautions');
    expect(row?.label).toBe('Health cautions');
    expect(row?.differs).toBe(true);
    const bySlug = new Map(row!.values.map((value) => [value.slug, value]));

    const botox = bySlug.get('botox')!.cautions!;
    expect(botox.procedure).toBe('Botox and other neuromodulators (wrinkle relaxers)');
    const infection = botox.flagged.find((group) => group.condition === 'cold-sores');
    expect(infection?.level).toBe('avoid');
    expect(infection?.cautions[0]?.evidence.quote).toContain('contraindicated in the presence of infection');

    const peel = bySlug.get('deep-chemical-peel')!;
    expect(peel.text).toContain('Darker skin tone (Fitzpatrick IV–VI): Source advises against');

    // No sourced caution: said in words, and every condition listed as "none found".
    const thread = bySlug.get('thread-lift')!;
    expect(thread.text).toBe('No condition-specific caution in our sources');
    expect(thread.cautions?.flagged).toEqual([]);
    expect(thread.cautions?.none).toHaveLength(8);
  });
});
