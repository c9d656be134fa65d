import type { FilterCounts } from '@/lib/procedures/list/filter-options';
import type { Facets } from '@/lib/procedures/list/queries';
import { listParamsSchema, type ListParams } from '@/lib/procedures/list/search-params';
import type { ProcedureCard } from '@/lib/procedures/catalog/view';

// Builders for the procedures UI tests: plain view models and params, no database.

export function makeCard(overrides: Partial<ProcedureCard> = {}): ProcedureCard {
  return {
    slug: 'lip-filler',
    name: 'Lip filler',
    category: 'dermal_filler',
    specialty: 'cosmetic_dermatology',
    invasiveness: 'minimally_invasive',
    riskLevel: 'moderate',
    recoveryDays: { min: 0, max: 2 },
    cost: null,
    costPerYear: null,
    results: { minMonths: 6, maxMonths: 18, permanent: false, note: null },
    summary: 'Hyaluronic acid filler adds volume to the lips.',
    ...overrides,
  };
}

export function makeParams(overrides: Partial<ListParams> = {}): ListParams {
  return { ...listParamsSchema.parse({}), ...overrides };
}

export function makeFacets(overrides: Partial<Facets> = {}): Facets {
  return {
    category: [
      { value: 'dermal_filler', count: 5 },
      { value: 'surgery', count: 12 },
    ],
    invasiveness: [
      { value: 'minimally_invasive', count: 9 },
      { value: 'surgical', count: 12 },
    ],
    specialty: [
      { value: 'cosmetic_dermatology', count: 19 },
      { value: 'plastic_surgery', count: 16 },
    ],
    risk: [{ value: 'low', count: 9 }],
    concern: [
      { value: 'wrinkles', count: 4 },
      { value: 'volume_loss', count: 6 },
    ],
    area: [{ value: 'lips', count: 2 }],
    recovery: [
      { value: '0', count: 10 },
      { value: '2', count: 11 },
      { value: '7', count: 15 },
      { value: '14', count: 18 },
    ],
    ...overrides,
  };
}

export function makeCounts(overrides: Partial<FilterCounts> = {}): FilterCounts {
  return { facets: makeFacets(), anyRecovery: 35, total: 35, ...overrides };
}
