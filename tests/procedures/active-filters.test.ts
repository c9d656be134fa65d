import { describe, expect, it } from 'vitest';
import {
  clearAllFilters,
  describeRecoveryCeiling,
  getActiveFilters,
  getCeilingProbes,
  getRelaxations,
  toListHref,
} from '@/lib/procedures/list/active-filters';
import { makeParams } from './ui-fixtures';

describe('getActiveFilters', () => {
  it('has no chips for the default view', () => {
    expect(getActiveFilters(makeParams())).toEqual([]);
  });

  it('gives one chip per value, each linking to the view without that value', () => {
    const params = makeParams({ downtimeDays: 2, category: ['surgery', 'dermal_filler'], sort: 'cost', page: 3 });
    const chips = getActiveFilters(params);
    expect(chips.map((chip) => chip.label)).toEqual(['Ready within a weekend (2 days or less)', 'Surgery', 'Dermal filler']);
    expect(chips.map((chip) => chip.href)).toEqual([
      '/procedures?category=dermal_filler&category=surgery&sort=cost',
      '/procedures?downtimeDays=2&category=dermal_filler&sort=cost',
      '/procedures?downtimeDays=2&category=surgery&sort=cost',
    ]);
  });

  it('labels search, specialty, cost, concern and area chips', () => {
    const labels = getActiveFilters(
      makeParams({ q: 'botox', specialty: 'plastic_surgery', costMax: 5000, concern: ['wrinkles'], area: ['lips'] }),
    ).map((chip) => chip.label);
    expect(labels).toEqual(['Search: “botox”', 'Plastic surgery', 'Concern: Wrinkles', 'Area: Lips', 'Cost up to $5,000']);
  });
});

describe('clearAllFilters', () => {
  it('removes every filter but keeps the sort order and page size', () => {
    const cleared = clearAllFilters(makeParams({ q: 'x', risk: ['low'], costMax: 10, sort: 'name', pageSize: 10, page: 4 }));
    expect(toListHref(cleared)).toBe('/procedures?sort=name&pageSize=10');
  });
});

describe('describeRecoveryCeiling', () => {
  it('names the quick picks and states other limits in days', () => {
    expect(describeRecoveryCeiling(0)).toBe('Ready the same day');
    expect(describeRecoveryCeiling(1)).toBe('Ready within 1 day');
    expect(describeRecoveryCeiling(30)).toBe('Ready within 30 days');
  });
});

describe('getRelaxations', () => {
  it('relaxes whole fields, since dropping one of several alternatives can only narrow the result', () => {
    const relaxations = getRelaxations(makeParams({ downtimeDays: 0, category: ['surgery', 'thread_lift'] }));
    expect(relaxations.map((r) => [r.field, r.href])).toEqual([
      ['downtimeDays', '/procedures?category=surgery&category=thread_lift'],
      ['category', '/procedures?downtimeDays=0'],
    ]);
    expect(relaxations[1]?.label).toBe('the category filter “Surgery, Thread lift”');
  });
});

describe('getCeilingProbes', () => {
  it('is empty without a recovery or cost limit', () => {
    expect(getCeilingProbes(makeParams({ category: ['surgery'] }))).toEqual([]);
  });

  it('pairs "without the limit" with "only entries that report the value" for each limit', () => {
    const probes = getCeilingProbes(makeParams({ downtimeDays: 2, costMax: 1000, risk: ['low'], page: 2 }));
    expect(probes.map((p) => p.field)).toEqual(['downtimeDays', 'costMax']);
    const [recovery] = probes;
    expect(recovery?.withoutCeiling).toMatchObject({ downtimeDays: undefined, costMax: 1000, risk: ['low'], page: 1 });
    expect(recovery?.reportedOnly).toMatchObject({ downtimeDays: 3650, costMax: 1000, risk: ['low'], page: 1 });
  });
});
