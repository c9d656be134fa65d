import { describe, expect, it } from 'vitest';
import { LONG_LASTING_MONTHS, QUICK_RECOVERY_DAYS, groupByQuadrant, quadrantOf } from '@/lib/map/quadrants';

const option = (maxDays: number, maxMonths: number | null, permanent = false) => ({
  downtime: { min: 0, max: maxDays },
  results: { minMonths: null, maxMonths, permanent, note: null },
});

describe('trade-off quadrants', () => {
  it('puts each option by its longest downtime and longest-lasting result, the lines included', () => {
    expect(quadrantOf(option(QUICK_RECOVERY_DAYS, LONG_LASTING_MONTHS))).toBe('quick-long');
    expect(quadrantOf(option(QUICK_RECOVERY_DAYS + 1, LONG_LASTING_MONTHS))).toBe('long-long');
    expect(quadrantOf(option(0, LONG_LASTING_MONTHS - 1))).toBe('quick-short');
    expect(quadrantOf(option(21, 4))).toBe('long-short');
    expect(quadrantOf(option(21, null, true))).toBe('long-long');
  });

  it('keeps every option, in its order, in exactly one box', () => {
    const options = [option(0, 4), option(14, 120), option(2, 18), option(30, 6)];
    const groups = groupByQuadrant(options);
    expect(Object.values(groups).flat()).toHaveLength(options.length);
    expect(groups['quick-short']).toEqual([options[0]]);
    expect(groups['long-long']).toEqual([options[1]]);
    expect(groups['quick-long']).toEqual([options[2]]);
    expect(groups['long-short']).toEqual([options[3]]);
  });
});
