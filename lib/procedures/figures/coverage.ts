import { z } from 'zod';
import floorsFile from '../../../prisma/catalog-floors.json';
import { SOURCE_KINDS, type SourceKind } from '../constants';
import { FIGURE_REGISTRY, evidenceFor, type FigureRecord } from './figure-registry';
import { FIGURES, type Figure } from '../figure-names';
import type { ProcedureDetail } from '../catalog/view';

// Catalog coverage: for each figure, how many of the procedures it applies to report it, what
// kinds of source the reported figures rest on, which figures are old, and where the gaps are.
// Pure: `npm run catalog:report` feeds it the catalog files, /about/data the database.

/** One row per figure the registry counts, in its order; the session interval is counted with sessions. */
export type CoverageRow = string;
export const COVERAGE_ROWS = FIGURE_REGISTRY.filter((record) => record.coverage !== null).map((record) => record.key) as [
  string,
  ...string[],
];

/** Each row is named like its figure, and says when it counts a subset (from its record's coverage). */
const SUBSET_WORDS: Record<NonNullable<FigureRecord['coverage']>, string> = {
  all: '',
  surgery: ' (surgeries)',
  course: ' and interval (courses of more than one session)',
};
export function coverageLabel(record: FigureRecord): string {
  const extra = record.key === 'resultsLast' ? ' (or long-lasting)' : '';
  return `${record.label}${record.coverage ? SUBSET_WORDS[record.coverage] : ''}${extra}`;
}
/** Floors and targets: one per figure row, and `riskQuotes`, the share of side effects and risks quoted. */
const FLOOR_KEYS = [...COVERAGE_ROWS, 'riskQuotes'] as const;
export type Floors = Partial<Record<(typeof FLOOR_KEYS)[number], number>>;
const sharesSchema = z.partialRecord(z.enum(FLOOR_KEYS), z.number().min(0).max(1));
const floorsFileSchema = z.object({ $comment: z.string().optional(), floors: sharesSchema, targets: sharesSchema }).strict();
const { floors, targets } = floorsFileSchema.parse(floorsFile);

/** Enforced: `catalog:report` (and so CI) fails below these, so coverage only goes up. */
export const COVERAGE_FLOORS: Floors = floors;
/** Where coverage must get to; shown as met or missed, not enforced while sources are lacking. */
export const COVERAGE_TARGETS: Floors = targets;

/** Figures older than this many years are listed, so they are re-checked first. */
export const OLD_AFTER_YEARS = 5;

const isSurgery = (p: ProcedureDetail) => p.category === 'surgery' || p.invasiveness === 'surgical';
/** A course: sessions reported as more than one, or unknown (then it may be one). */
const isCourse = (p: ProcedureDetail) => (p.sessions !== null && p.sessions.max > 1) || p.gaps.sessions !== undefined;

function applies(record: FigureRecord, p: ProcedureDetail): boolean {
  if (record.coverage === 'surgery') return isSurgery(p);
  if (record.coverage === 'course') return isCourse(p);
  return true;
}

function covered(record: FigureRecord, p: ProcedureDetail): boolean {
  if (record.coverage === 'course') {
    return p.evidence.sessions !== undefined && (p.sessions?.max === 1 || p.evidence.sessionInterval !== undefined);
  }
  return evidenceFor(p, record).evidence !== null;
}

export type CoverageLine = {
  row: CoverageRow;
  label: string;
  applies: number;
  reported: number;
  share: number;
  floor: number | null;
  meets: boolean;
  target: number | null;
  meetsTarget: boolean;
};

/** Side effects and risks: how many carry a quote; the rest carry what was searched (the schema refuses neither). */
export type RiskCoverage = {
  serious: { quoted: number; total: number };
  all: { quoted: number; total: number };
  share: number;
  floor: number | null;
  meets: boolean;
  target: number | null;
  meetsTarget: boolean;
};

export type CoverageReport = {
  procedures: number;
  lines: CoverageLine[];
  risks: RiskCoverage;
  /** Reported figures per kind of source (strongest kind first). */
  byKind: { kind: SourceKind; figures: number }[];
  old: { slug: string; figure: Figure; year: number }[];
  mostGaps: { slug: string; name: string; gaps: Figure[] }[];
  meetsFloors: boolean;
};

export function getCoverage(
  procedures: readonly ProcedureDetail[],
  floors: Floors,
  now: Date,
  targets: Floors = {},
  figures: readonly FigureRecord[] = FIGURE_REGISTRY,
): CoverageReport {
  const counted = figures.filter((record) => record.coverage !== null);
  const lines = counted.map((record): CoverageLine => {
    const row = record.key;
    const pool = procedures.filter((p) => applies(record, p));
    const reported = pool.filter((p) => covered(record, p)).length;
    const share = pool.length === 0 ? 1 : reported / pool.length;
    const floor = (floors as Record<string, number | undefined>)[row] ?? null;
    const target = (targets as Record<string, number | undefined>)[row] ?? null;
    return {
      row,
      label: coverageLabel(record),
      applies: pool.length,
      reported,
      share,
      floor,
      meets: floor === null || share >= floor,
      target,
      meetsTarget: target === null || share >= target,
    };
  });
  const kinds = new Map<SourceKind, number>(SOURCE_KINDS.map((kind) => [kind, 0]));
  const old: CoverageReport['old'] = [];
  const oldestAllowed = now.getUTCFullYear() - OLD_AFTER_YEARS;
  for (const p of procedures) {
    for (const figure of FIGURES) {
      const evidence = p.evidence[figure];
      if (!evidence) continue;
      kinds.set(evidence.source.kind, (kinds.get(evidence.source.kind) ?? 0) + 1);
      const year = figure === 'cost' ? (p.cost?.year ?? evidence.source.year) : evidence.source.year;
      if (year !== null && year < oldestAllowed) old.push({ slug: p.slug, figure, year });
    }
  }
  const count = (risks: ProcedureDetail['seriousRisks']) => ({ quoted: risks.filter((r) => r.evidence).length, total: risks.length });
  const serious = sum(procedures.map((p) => count(p.seriousRisks)));
  const all = sum(procedures.map((p) => count([...p.seriousRisks, ...p.commonSideEffects])));
  const riskShare = all.total === 0 ? 1 : all.quoted / all.total;
  const riskFloor = floors.riskQuotes ?? null;
  const riskTarget = targets.riskQuotes ?? null;
  const risks: RiskCoverage = {
    serious,
    all,
    share: riskShare,
    floor: riskFloor,
    meets: riskFloor === null || riskShare >= riskFloor,
    target: riskTarget,
    meetsTarget: riskTarget === null || riskShare >= riskTarget,
  };
  const mostGaps = procedures
    .map((p) => ({ slug: p.slug, name: p.name, gaps: FIGURES.filter((figure) => p.gaps[figure] !== undefined) }))
    .filter((p) => p.gaps.length > 0)
    .sort((a, b) => b.gaps.length - a.gaps.length || a.slug.localeCompare(b.slug));
  return {
    procedures: procedures.length,
    lines,
    risks,
    byKind: [...kinds].map(([kind, figures]) => ({ kind, figures })),
    old: old.sort((a, b) => a.year - b.year || a.slug.localeCompare(b.slug)),
    mostGaps,
    meetsFloors: lines.every((line) => line.meets) && risks.meets,
  };
}

function sum(counts: { quoted: number; total: number }[]): { quoted: number; total: number } {
  return counts.reduce((a, b) => ({ quoted: a.quoted + b.quoted, total: a.total + b.total }), { quoted: 0, total: 0 });
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
