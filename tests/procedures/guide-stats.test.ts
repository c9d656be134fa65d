import { describe, expect, it } from 'vitest';
import { formatShare, getGuideStats, getRecoveryStats, median } from '@/lib/procedures/figures/guide-stats';
import { makeCard } from './ui-fixtures';

describe('median', () => {
  it('is null for no values, the middle value for an odd count, the mean of the middle two for an even count', () => {
    expect(median([])).toBeNull();
    expect(median([7, 0, 14])).toBe(7);
    expect(median([14, 0, 2, 7])).toBe(4.5);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('getRecoveryStats', () => {
  it('uses only entries that report a recovery, and says how many did', () => {
    const stats = getRecoveryStats([
      makeCard({ recoveryDays: { min: 0, max: 0 } }),
      makeCard({ recoveryDays: null }),
      makeCard({ recoveryDays: { min: 5, max: 14 } }),
      makeCard({ recoveryDays: { min: 1, max: 7 } }),
    ]);
    expect(stats).toEqual({ reported: 3, medianMaxDays: 7, shortestMaxDays: 0, longestMaxDays: 14, withinWeek: 2 });
  });

  it('reports nothing rather than zero when no entry reports a recovery', () => {
    expect(getRecoveryStats([makeCard({ recoveryDays: null })])).toEqual({
      reported: 0,
      medianMaxDays: null,
      shortestMaxDays: null,
      longestMaxDays: null,
      withinWeek: 0,
    });
  });
});

describe('getGuideStats', () => {
  const cards = [
    makeCard({ specialty: 'cosmetic_dermatology', invasiveness: 'non_invasive', riskLevel: 'low', recoveryDays: { min: 0, max: 0 } }),
    makeCard({
      specialty: 'cosmetic_dermatology',
      invasiveness: 'minimally_invasive',
      riskLevel: 'moderate',
      recoveryDays: { min: 0, max: 2 },
    }),
    makeCard({ specialty: 'cosmetic_dermatology', invasiveness: 'minimally_invasive', riskLevel: 'low', recoveryDays: null }),
    makeCard({ specialty: 'plastic_surgery', invasiveness: 'surgical', riskLevel: 'high', recoveryDays: { min: 7, max: 14 } }),
  ];

  it('groups by specialty, in the allow-list order, with counts and recovery figures', () => {
    const stats = getGuideStats(cards);
    expect(stats.total).toBe(4);
    expect(stats.specialties.map((s) => [s.specialty, s.count])).toEqual([
      ['cosmetic_dermatology', 3],
      ['plastic_surgery', 1],
    ]);
    expect(stats.specialties[0]?.recovery).toEqual({ reported: 2, medianMaxDays: 1, shortestMaxDays: 0, longestMaxDays: 2, withinWeek: 2 });
    expect(stats.specialties[1]?.recovery.medianMaxDays).toBe(14);
  });

  it('lists every invasiveness and risk level, zero counts included, with shares of the specialty', () => {
    const derm = getGuideStats(cards).specialties[0];
    expect(derm?.invasiveness).toEqual([
      { value: 'non_invasive', count: 1, share: 1 / 3 },
      { value: 'minimally_invasive', count: 2, share: 2 / 3 },
      { value: 'surgical', count: 0, share: 0 },
    ]);
    expect(derm?.risk.map((r) => r.count)).toEqual([2, 1, 0]);
  });

  it('copes with an empty catalog and with a specialty that has no entries', () => {
    const stats = getGuideStats([]);
    expect(stats.total).toBe(0);
    for (const specialty of stats.specialties) {
      expect(specialty.count).toBe(0);
      expect(specialty.invasiveness.every((share) => share.share === 0)).toBe(true);
      expect(specialty.recovery.medianMaxDays).toBeNull();
    }
  });
});

describe('formatShare', () => {
  it('rounds to whole percentages', () => {
    expect(formatShare(1 / 3)).toBe('33%');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(1)).toBe('100%');
  });
});
