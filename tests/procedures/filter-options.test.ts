import { describe, expect, it } from 'vitest';
import { getFacetOptions, getRecoveryOptions, getSpecialtyOptions } from '@/lib/procedures/list/filter-options';
import { makeCounts, makeParams } from './ui-fixtures';

describe('getRecoveryOptions', () => {
  it('offers the quick picks with their counts, then "any" with the count without a recovery limit', () => {
    const options = getRecoveryOptions(undefined, makeCounts({ anyRecovery: 35 }));
    expect(options.map((o) => [o.value, o.label, o.count])).toEqual([
      ['0', 'Same day', 10],
      ['2', 'Within a weekend', 11],
      ['7', 'Within 1 week', 15],
      ['14', 'Within 2 weeks', 18],
      ['', 'Any recovery time', 35],
    ]);
  });

  it('keeps a limit from a shared link that is not a quick pick', () => {
    const options = getRecoveryOptions(30, makeCounts({ total: 21 }));
    expect(options.find((o) => o.value === '30')).toMatchObject({ label: 'At most 30 days', count: 21 });
  });
});

describe('getSpecialtyOptions', () => {
  it('adds "Either" with the sum of both specialties', () => {
    expect(getSpecialtyOptions(makeCounts()).map((o) => [o.value, o.count])).toEqual([
      ['', 35],
      ['cosmetic_dermatology', 19],
      ['plastic_surgery', 16],
    ]);
  });
});

describe('getFacetOptions', () => {
  it('lists every value of a short list in its natural order, zero counts included', () => {
    const options = getFacetOptions('invasiveness', makeParams(), makeCounts());
    expect(options.map((o) => [o.label, o.count])).toEqual([
      ['Non-invasive', 0],
      ['Minimally invasive', 9],
      ['Surgical', 12],
    ]);
  });

  it('lists only concerns some procedure has, or that are selected, alphabetically', () => {
    const options = getFacetOptions('concern', makeParams({ concern: ['nose_shape'] }), makeCounts());
    expect(options.map((o) => [o.value, o.count])).toEqual([
      ['nose_shape', 0],
      ['volume_loss', 6],
      ['wrinkles', 4],
    ]);
  });
});
