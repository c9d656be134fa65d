import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BODY_AREAS, CATEGORIES, CONCERNS, INVASIVENESS, RISK_LEVELS, SPECIALTIES } from '@/lib/procedures/constants';
import {
  formToSearchString,
  LIST_DEFAULTS,
  LIST_FIELDS,
  REPEATABLE_LIST_FIELDS,
  SORT_KEYS,
  toSearchString,
} from '@/lib/procedures/list/list-url';
import { listFields, listParamsSchema, parseListParamsLenient } from '@/lib/procedures/list/search-params';

// The zod-free URL helpers the filter form runs in the browser must agree with the schema the
// server parses with, or the form would navigate to URLs the page then rewrites.

describe('list URL constants', () => {
  it('name the same fields, in the same order, as the schema', () => {
    expect([...LIST_FIELDS]).toEqual(Object.keys(listFields));
  });

  it('hold the schema’s defaults', () => {
    const defaults = listParamsSchema.parse({});
    for (const [key, value] of Object.entries(LIST_DEFAULTS)) expect(defaults[key as keyof typeof defaults]).toEqual(value);
    const arrays = Object.entries(defaults)
      .filter(([, value]) => Array.isArray(value))
      .map(([key]) => key);
    expect(new Set(arrays)).toEqual(REPEATABLE_LIST_FIELDS);
  });
});

describe('toSearchString', () => {
  it('keeps a value that merely spells a word like "undefined"', () => {
    expect(toSearchString({ q: 'undefined' })).toBe('?q=undefined');
  });
});

// What a filter form can submit: every field, blank or one of its offered values.
const blankOr = <T extends string>(values: readonly T[]) => fc.oneof(fc.constant(''), fc.constantFrom(...values));
const someOf = <T extends string>(values: readonly T[]) => fc.subarray([...values]);
const formArbitrary = fc.record({
  q: fc.oneof(
    fc.constant(''),
    fc.string({ maxLength: 30 }).filter((s) => !/[\u0000-\u001f\u007f]/.test(s)),
  ),
  downtimeDays: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 3650 }).map(String)),
  invasiveness: someOf(INVASIVENESS),
  category: someOf(CATEGORIES),
  specialty: blankOr(SPECIALTIES),
  risk: someOf(RISK_LEVELS),
  costMax: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 100_000 }).map(String)),
  concern: someOf(CONCERNS),
  area: someOf(BODY_AREAS),
  sort: fc.constantFrom(...SORT_KEYS),
  pageSize: fc.oneof(
    fc.constant([] as string[]),
    fc.integer({ min: 1, max: 100 }).map((n) => [String(n)]),
  ),
  page: fc.oneof(
    fc.constant([] as string[]),
    fc.integer({ min: 1, max: 50 }).map((n) => [String(n)]),
  ),
});

describe('formToSearchString', () => {
  it('gives the same canonical query as parsing the form with the schema', () => {
    fc.assert(
      fc.property(formArbitrary, (form) => {
        const data = new URLSearchParams();
        for (const [key, value] of Object.entries(form)) {
          for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
        }
        const { params, notices } = parseListParamsLenient(data);
        expect(notices).toEqual([]);
        expect(formToSearchString(data)).toBe(toSearchString({ ...params, page: 1 }));
      }),
      { numRuns: 300 },
    );
  });
});

describe('a filter form with every box ticked', () => {
  it('is valid: list fields accept as many values as they have options', () => {
    const data = new URLSearchParams();
    for (const [key, values] of Object.entries({
      invasiveness: INVASIVENESS,
      category: CATEGORIES,
      risk: RISK_LEVELS,
      concern: CONCERNS,
      area: BODY_AREAS,
    })) {
      for (const value of values) data.append(key, value);
    }
    expect(parseListParamsLenient(data).notices).toEqual([]);
  });
});
