import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/procedures/catalog/catalog-file';
import { toDetailFromEntry } from '@/lib/procedures/catalog/catalog-details';
import { COVERAGE_FLOORS, getCoverage } from '@/lib/procedures/figures/coverage';
import type { EvidenceView, ProcedureDetail } from '@/lib/procedures/catalog/view';
import { makeProcedure, makeSource } from '../compare/fixtures';

const NOW = new Date('2026-11-30T00:00:00Z');
const evidence = (year: number | null = 2024, kind: EvidenceView['source']['kind'] = 'professional_society'): EvidenceView => ({
  quote: 'a quote',
  source: makeSource({ year, kind }),
});
const line = (procedures: ProcedureDetail[], row: string, floors = {}) =>
  getCoverage(procedures, floors, NOW).lines.find((l) => l.row === row)!;

describe('catalog coverage', () => {
  it('counts a figure as reported only with its evidence, over the procedures it applies to', () => {
    const surgery = makeProcedure({
      slug: 'lift',
      category: 'surgery',
      invasiveness: 'surgical',
      evidence: { downtime: evidence(), finalResult: evidence() },
    });
    const peel = makeProcedure({ slug: 'peel', evidence: {}, gaps: { downtime: 'Searched AAD and NHS: no figure' } });
    expect(line([surgery, peel], 'downtime')).toMatchObject({ applies: 2, reported: 1, share: 0.5 });
    // The final result is a floor for surgeries only.
    expect(line([surgery, peel], 'finalResult')).toMatchObject({ applies: 1, reported: 1 });
  });

  it('counts sessions over courses only, and needs the interval for more than one session', () => {
    const single = makeProcedure({ slug: 'single', sessions: null });
    const course = makeProcedure({
      slug: 'course',
      sessions: { min: 3, max: 6, note: null, intervalDays: null },
      evidence: { sessions: evidence() },
      gaps: { sessionInterval: 'Searched: no interval' },
    });
    const unknown = makeProcedure({ slug: 'unknown', sessions: null, gaps: { sessions: 'Searched: no count' } });
    expect(line([single, course, unknown], 'sessions')).toMatchObject({ applies: 2, reported: 0 });
    const withInterval = { ...course, evidence: { sessions: evidence(), sessionInterval: evidence() } };
    expect(line([single, withInterval], 'sessions')).toMatchObject({ applies: 1, reported: 1 });
  });

  it('checks floors, counts kinds and lists figures older than five years', () => {
    const old = makeProcedure({ slug: 'old', evidence: { downtime: evidence(2018, 'physician_practice') } });
    const fresh = makeProcedure({ slug: 'fresh', evidence: {}, gaps: { downtime: 'Searched: nothing' } });
    const report = getCoverage([old, fresh], { downtime: 1 }, NOW);
    expect(report.meetsFloors).toBe(false);
    expect(report.lines.find((l) => l.row === 'downtime')).toMatchObject({ floor: 1, meets: false });
    expect(report.byKind.find((k) => k.kind === 'physician_practice')?.figures).toBe(1);
    expect(report.old).toEqual([{ slug: 'old', figure: 'downtime', year: 2018 }]);
    expect(report.mostGaps[0]).toMatchObject({ slug: 'fresh', gaps: ['downtime'] });
  });

  it('the catalog meets the floors in prisma/catalog-floors.json', () => {
    const report = getCoverage(loadCatalog().map(toDetailFromEntry), COVERAGE_FLOORS, NOW);
    expect(report.lines.filter((l) => !l.meets)).toEqual([]);
    expect(report.procedures).toBeGreaterThanOrEqual(60);
  });
});
