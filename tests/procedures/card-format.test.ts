import { describe, expect, it } from 'vitest';
import {
  NOT_REPORTED,
  formatCost,
  formatCostExcludes,
  formatDuration,
  formatIsoDate,
  formatResults,
  formatSessions,
  formatTimespan,
  formatTypicalDays,
  formatTypicalMonths,
  getMetaDescription,
} from '@/lib/procedures/figures/card-format';
import type { CostView } from '@/lib/procedures/catalog/view';
import { makeCard } from './ui-fixtures';

const cost = (overrides: Partial<CostView>): CostView => ({
  lowUsd: null,
  highUsd: null,
  averageUsd: null,
  typicalUsd: null,
  per: null,
  basis: null,
  unit: null,
  year: null,
  excludes: null,
  scope: null,
  source: null,
  ...overrides,
});

const asps = { title: 'ASPS 2023 Procedural Statistics Release', url: 'https://www.plasticsurgery.org/stats' };

describe('formatCost', () => {
  it('says "Not reported" when no source gives a price', () => {
    expect(formatCost(null)).toBe(NOT_REPORTED);
  });

  it('shows a range with its unit', () => {
    expect(formatCost(cost({ lowUsd: 500, highUsd: 1500, per: 'per treatment' }))).toBe('$500–$1,500 per treatment');
  });

  it('shows an average fee with its source and year', () => {
    expect(formatCost(cost({ averageUsd: 3518, per: 'per procedure', year: 2023, source: asps }))).toBe(
      '$3,518 average fee per procedure (ASPS 2023)',
    );
  });

  it('falls back to the year alone when the source has no short name', () => {
    const other = { title: 'Price survey', url: 'https://example.org' };
    expect(formatCost(cost({ averageUsd: 519, year: 2020, source: other }))).toBe('$519 average fee (2020)');
  });

  it('shows an open-ended range as "From"', () => {
    expect(formatCost(cost({ lowUsd: 800, per: 'per session' }))).toBe('From $800 per session');
  });
});

describe('formatCostExcludes', () => {
  it('keeps sentences that already say what is excluded and words bare lists', () => {
    expect(formatCostExcludes(cost({ excludes: "Surgeon's fee only; excludes anesthesia" }))).toBe(
      "Surgeon's fee only; excludes anesthesia",
    );
    expect(formatCostExcludes(cost({ excludes: 'Anesthesia and facility fees' }))).toBe('Excludes anesthesia and facility fees');
    expect(formatCostExcludes(null)).toBeNull();
  });
});

describe('formatResults', () => {
  it('covers ranges, permanence, open ends and unknowns', () => {
    expect(formatResults({ minMonths: 3, maxMonths: 4, permanent: false, note: null })).toBe('3–4 months');
    expect(formatResults({ minMonths: null, maxMonths: null, permanent: true, note: null })).toBe('Long-lasting');
    expect(formatResults({ minMonths: null, maxMonths: 6, permanent: false, note: null })).toBe('Up to 6 months');
    expect(formatResults({ minMonths: 12, maxMonths: null, permanent: false, note: null })).toBe('At least 12 months');
    expect(formatResults({ minMonths: null, maxMonths: null, permanent: false, note: 'Varies' })).toBe(NOT_REPORTED);
    expect(formatResults(null)).toBe(NOT_REPORTED);
    expect(formatResults({ minMonths: 120, maxMonths: 180, permanent: false, note: null })).toBe('10–15 years');
    expect(formatResults({ minMonths: null, maxMonths: 120, permanent: false, note: null })).toBe('Up to 10 years');
    expect(formatResults({ minMonths: 36, maxMonths: 36, permanent: false, note: null })).toBe('3 years');
    expect(formatResults({ minMonths: 6, maxMonths: 24, permanent: false, note: null })).toBe('6–24 months');
  });

  it('uses weeks under a month', () => {
    expect(formatResults({ minMonths: 0.5, maxMonths: 1, permanent: false, note: null })).toBe('2 weeks to 1 month');
  });
});

describe('other formats', () => {
  it('formats sessions, durations and milestone spans in everyday units', () => {
    expect(formatSessions(null)).toBe(NOT_REPORTED);
    expect(formatSessions({ min: 1, max: 1 })).toBe('1 session');
    expect(formatSessions({ min: 4, max: 6 })).toBe('4–6 sessions');
    expect(formatDuration({ min: 30, max: 60 })).toBe('30–60 minutes');
    expect(formatDuration({ min: 120, max: 300 })).toBe('2–5 hours');
    expect(formatDuration(null)).toBe(NOT_REPORTED);
    expect(formatTimespan(0, 0)).toBe('Same day');
    expect(formatTimespan(7, 14)).toBe('7–14 days');
    expect(formatTimespan(42, 56)).toBe('6–8 weeks');
    expect(formatTimespan(180, 180)).toBe('6 months');
    expect(formatTimespan(1825, 2190)).toBe('5–6 years');
  });

  it('reads ISO dates as calendar dates', () => {
    expect(formatIsoDate('2026-11-25')).toBe('November 25, 2026');
  });
});

describe('getMetaDescription', () => {
  it('leads with the reported facts and stays within a snippet length', () => {
    const text = getMetaDescription(makeCard({ summary: 'Filler. '.repeat(60) }));
    expect(text.startsWith('Recovery: 0–2 days, results last 6–18 months, moderate risk.')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(160);
    expect(text.endsWith('…')).toBe(true);
  });

  it('leaves out facts that are not reported instead of printing "Not reported"', () => {
    const text = getMetaDescription(makeCard({ recoveryDays: null, results: null, riskLevel: 'high', summary: 'Short.' }));
    expect(text).toBe('Higher risk. Short.');
  });
});

describe('typical (median) figures', () => {
  it('says days to one decimal, the same day in words, and an unknown as not reported', () => {
    expect(formatTypicalDays(0)).toBe('Same day');
    expect(formatTypicalDays(1)).toBe('1 day');
    expect(formatTypicalDays(4.25)).toBe('4.3 days');
    expect(formatTypicalDays(null)).toBe('Not reported');
  });

  it('says months, or years from two years up', () => {
    expect(formatTypicalMonths(1)).toBe('1 month');
    expect(formatTypicalMonths(8.04)).toBe('8 months');
    expect(formatTypicalMonths(30)).toBe('2.5 years');
    expect(formatTypicalMonths(null)).toBe('Not reported');
  });
});
