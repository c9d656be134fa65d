import { describe, expect, it } from 'vitest';
import { CONCERNS, INVASIVENESS } from '@/lib/procedures/constants';
import { loadCatalog } from '@/lib/procedures/catalog/catalog-file';
import { isGap, type CatalogEntry } from '@/lib/procedures/catalog/catalog-schema';
import { ladderItems } from '@/lib/concerns/ladder';
import { getConcernCounts, getConcernOptions } from '@/lib/concerns/queries';
import { describeRung, summarizeLadder } from '@/lib/concerns/summary';
import { formatDayRange } from '@/lib/procedures/labels';

// Against the real seeded database, checked against the reviewed catalog files themselves: each
// concern page lists exactly the entries that name the concern, in ladder order, and every number
// in its summary is a figure one of those entries reports with evidence.

const catalog = loadCatalog();

/** The figures an entry reports with evidence, as the catalog file has them. */
function sourcedFigures(entry: CatalogEntry) {
  const downtime = isGap(entry.downtime) ? null : entry.downtime;
  const results = isGap(entry.resultsLast) ? null : entry.resultsLast;
  return {
    downtime: downtime?.evidence ? { min: downtime.minDays, max: downtime.maxDays } : null,
    permanent: results !== null && 'permanent' in results,
    minMonths: results && 'minMonths' in results && results.evidence ? results.minMonths : null,
    maxMonths: results && 'maxMonths' in results && results.evidence ? results.maxMonths : null,
  };
}

describe('concern options', () => {
  it('lists, for every concern, exactly the catalog entries naming it, by invasiveness then downtime', async () => {
    for (const concern of CONCERNS) {
      const options = await getConcernOptions(concern);
      const items = ladderItems(options.rungs).map((item) => item.procedure);
      const expected = catalog.filter((entry) => entry.concerns.includes(concern));
      expect(items.map((item) => item.slug).sort(), concern).toEqual(expected.map((entry) => entry.slug).sort());
      expect(options.total).toBe(expected.length);
      // Invasiveness never goes back down the ladder.
      const levels = items.map((item) => INVASIVENESS.indexOf(item.invasiveness));
      expect(levels).toEqual([...levels].sort((a, b) => a - b));
      for (const rung of options.rungs) {
        const maxima = rung.ranked.map((item) => item.procedure.recoveryDays!.max);
        expect(maxima).toEqual([...maxima].sort((a, b) => a - b));
        expect(rung.downtimeNotReported.every((item) => item.procedure.recoveryDays === null)).toBe(true);
      }
    }
  });

  it("summarises each rung with numbers that are the listed options' sourced figures", async () => {
    for (const concern of CONCERNS) {
      const { rungs } = await getConcernOptions(concern);
      for (const summary of summarizeLadder(rungs)) {
        const entries = catalog.filter((entry) => entry.concerns.includes(concern) && entry.invasiveness === summary.invasiveness);
        const figures = entries.map(sourcedFigures);
        const downtimes = figures.flatMap((f) => (f.downtime ? [f.downtime] : []));
        expect(summary.count).toBe(entries.length);
        if (downtimes.length === 0) expect(summary.downtime).toBeNull();
        else
          expect(summary.downtime).toEqual({
            reported: downtimes.length,
            minDays: Math.min(...downtimes.map((d) => d.min)),
            maxDays: Math.max(...downtimes.map((d) => d.max)),
          });
        const mins = figures.flatMap((f) => (f.minMonths === null ? [] : [f.minMonths]));
        const maxes = figures.flatMap((f) => (f.maxMonths === null ? [] : [f.maxMonths]));
        expect(summary.results.lowMonths).toBe(mins.length ? Math.min(...mins) : null);
        expect(summary.results.highMonths).toBe(maxes.length ? Math.max(...maxes) : null);
        expect(summary.results.longLasting).toBe(figures.filter((f) => f.permanent).length);
        const sentence = describeRung(summary);
        if (summary.downtime && summary.downtime.maxDays > 0)
          expect(sentence).toContain(formatDayRange({ min: summary.downtime.minDays, max: summary.downtime.maxDays }));
        // Every number in the sentence is a count, a sourced figure, or a figure in years.
        const allowed = new Set<number>([
          entries.length,
          ...(summary.downtime ? [summary.downtime.reported] : []),
          summary.results.reported,
          ...downtimes.flatMap((d) => [d.min, d.max]),
          ...mins,
          ...maxes,
          ...[...mins, ...maxes].map((m) => Math.round((m / 12) * 2) / 2),
        ]);
        for (const number of sentence.match(/\d+(\.\d+)?/g) ?? []) expect(allowed.has(Number(number)), `${sentence}: ${number}`).toBe(true);
      }
    }
  });

  it('counts the catalog entries of each concern', async () => {
    const counts = new Map((await getConcernCounts()).map((entry) => [entry.value, entry.count]));
    for (const concern of CONCERNS) expect(counts.get(concern) ?? 0).toBe(catalog.filter((e) => e.concerns.includes(concern)).length);
  });
});
