import fc from 'fast-check';
import type { MapOption } from '@/lib/map/layout';
import { INVASIVENESS } from '@/lib/procedures/constants';
import { RECOVERY_DAYS_MAX } from '@/lib/procedures/limits';

// Catalogs of any shape for the trade-off map's property tests: any mix of sourced figures and gaps.

const dayRange = fc
  .tuple(fc.integer({ min: 0, max: RECOVERY_DAYS_MAX }), fc.integer({ min: 0, max: RECOVERY_DAYS_MAX }))
  .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));

const months = fc.double({ min: 0, max: 600, noNaN: true });

const results = fc.oneof(
  fc.constant(null),
  fc.constant({ minMonths: null, maxMonths: null, permanent: true, note: null }),
  // "At least N months": no upper figure, so no band.
  months.map((min) => ({ minMonths: min, maxMonths: null, permanent: false, note: null })),
  fc.tuple(months, months, fc.boolean()).map(([a, b, upTo]) => ({
    minMonths: upTo ? null : Math.min(a, b),
    maxMonths: Math.max(a, b),
    permanent: false,
    note: null,
  })),
);

const option = fc.record({
  name: fc.string({ minLength: 1, maxLength: 12 }),
  invasiveness: fc.constantFrom(...INVASIVENESS),
  recoveryDays: fc.option(dayRange, { nil: null }),
  results,
});

export const catalog = (maxLength: number) =>
  fc.array(option, { maxLength }).map((options): MapOption[] => options.map((o, i) => ({ ...o, slug: `option-${i}` })));
