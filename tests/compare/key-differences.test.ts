import { describe, expect, it } from 'vitest';
import { keyDifferences, keySummary } from '@/lib/compare/key-differences';
import type { ProcedureDetail } from '@/lib/procedures/catalog/view';
import { getProceduresBySlugs } from '@/lib/procedures/list/queries';

// The key differences on /compare, from this worker's real, seeded catalog: the figures a choice is decided on, in
// plain words and years, with unknowns named.

async function procedures(...slugs: string[]): Promise<ProcedureDetail[]> {
  const found = await getProceduresBySlugs(slugs);
  return slugs.map((slug) => found.find((p) => p.slug === slug)!);
}

describe('key differences', () => {
  it('gives one value per procedure for each key figure, long durations in years', async () => {
    const chosen = await procedures('botox', 'facelift', 'lip-filler');
    const rows = keyDifferences(chosen);
    expect(rows.map((row) => row.label)).toEqual([
      'Time off work',
      'Looks normal again',
      'Results last',
      'Cost (source, year)',
      'Risk level',
    ]);
    for (const row of rows) expect(row.values.map((v) => v.slug)).toEqual(['botox', 'facelift', 'lip-filler']);
    const lasts = rows.find((row) => row.id === 'results-last')!.values;
    expect(lasts[1]!.text).toMatch(/years/);
    expect(lasts[1]!.text).not.toMatch(/months/);
    const cost = rows.find((row) => row.id === 'cost')!.values;
    for (const value of cost) if (value.reported) expect(value.text).toMatch(/\(.*\d{4}\)$/);
    expect(rows.find((row) => row.id === 'risk')!.differs).toBe(true);
  });

  it('says a sentence per procedure and names an unknown instead of guessing it', async () => {
    const [botox] = await procedures('botox');
    expect(keySummary(botox!).sentence).toMatch(/^minimally invasive .*results last .*risk\.$/);
    const unknown = keySummary({ ...botox!, recoveryDays: null, results: null });
    expect(unknown.sentence).toContain('time off work not reported');
    expect(unknown.sentence).toContain('how long results last not reported');
    expect(keySummary({ ...botox!, recoveryDays: { min: 0, max: 0 } }).sentence).toContain('; back to normal the same day,');
    expect(keySummary({ ...botox!, recoveryDays: { min: 10, max: 14 } }).sentence).toContain('; 10–14 days off work,');
  });
});
