import type { FacetSpec, FilterDef } from './filter-kinds';
import { LIST_REGISTRY, type FilterKey, type ListParams } from './filter-registry';
import type { FacetCount, Facets } from './queries';

// The choices the filter form offers, each with how many procedures it would leave. Pure: the
// counts come from getProcedureList's facets (each computed with every other filter applied).
// What a filter offers follows from its registry record: its quick picks, or its list of values.

export type FilterOption = { value: string; label: string; hint?: string; count?: number };

export type FilterCounts = {
  facets: Facets;
  /** Matches with every filter but the recovery limit ("Any recovery time"). */
  anyRecovery: number;
  /** Matches for the view on screen. */
  total: number;
};

function countsFor(facets: Facets, key: string): FacetCount[] {
  return (facets as Partial<Record<string, FacetCount[]>>)[key] ?? [];
}

function countOf(facets: Facets, key: string, value: string): number {
  return countsFor(facets, key).find((entry) => entry.value === value)?.count ?? 0;
}

function pickOptions(facet: Extract<FacetSpec, { kind: 'picks' }>, current: number | undefined, counts: FilterCounts): FilterOption[] {
  const picks: FilterOption[] = facet.picks.map((pick) => ({
    value: String(pick.days),
    label: pick.label,
    hint: pick.days === 0 ? 'No downtime' : `${pick.days} days or less`,
    count: countOf(counts.facets, facet.key, String(pick.days)),
  }));
  // A shared link may carry a limit that is not a quick pick; show it rather than drop it.
  const isPick = facet.picks.some((pick) => pick.days === current);
  const custom: FilterOption[] =
    current !== undefined && !isPick
      ? [
          {
            value: String(current),
            label: `At most ${current} ${current === 1 ? 'day' : 'days'}`,
            hint: 'From the link you opened',
            count: counts.total,
          },
        ]
      : [];
  const any: FilterOption = {
    value: '',
    label: 'Any recovery time',
    hint: 'Includes procedures whose recovery is not reported',
    count: counts.anyRecovery,
  };
  return [...picks, ...custom, any];
}

/** The options of one filter's radios or checkboxes, for its current value. */
export function getFilterOptions(filter: FilterDef, current: unknown, counts: FilterCounts): FilterOption[] {
  if (filter.facet?.kind === 'picks') return pickOptions(filter.facet, current as number | undefined, counts);
  const { value: spec, panel } = filter;
  if (spec.kind !== 'oneOf' && spec.kind !== 'anyOf') return [];
  const options = spec.values.map((value) => ({ value, label: filter.label(value), count: countOf(counts.facets, filter.key, value) }));
  const choices = panel.control === 'choices' ? panel : undefined;
  if (spec.kind === 'oneOf') {
    // Each procedure has exactly one value of a single-valued column, so the counts add up to "any".
    const any = countsFor(counts.facets, filter.key).reduce((sum, entry) => sum + entry.count, 0);
    return [{ value: '', label: choices?.anyLabel ?? 'Any', count: any }, ...options];
  }
  // Short lists show every value in their natural order (0 included, which is informative);
  // long ones show only values some procedure has, or that are selected.
  if (choices?.show !== 'present') return options;
  const selected = current as readonly string[];
  return options.filter((option) => option.count > 0 || selected.includes(option.value)).sort((a, b) => a.label.localeCompare(b.label));
}

function filterNamed(key: FilterKey): FilterDef {
  const filter = LIST_REGISTRY.filters.find((candidate) => candidate.key === key);
  if (!filter) throw new Error(`No list filter "${key}"`);
  return filter;
}

export function getRecoveryOptions(current: number | undefined, counts: FilterCounts): FilterOption[] {
  return getFilterOptions(filterNamed('downtimeDays'), current, counts);
}

export function getSpecialtyOptions(counts: FilterCounts): FilterOption[] {
  return getFilterOptions(filterNamed('specialty'), undefined, counts);
}

export function getFacetOptions(
  field: 'invasiveness' | 'category' | 'risk' | 'concern' | 'area',
  params: ListParams,
  counts: FilterCounts,
): FilterOption[] {
  return getFilterOptions(filterNamed(field), params[field], counts);
}
