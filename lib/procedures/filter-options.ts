import { BODY_AREAS, CATEGORIES, CONCERNS, INVASIVENESS, RISK_LEVELS, SPECIALTIES } from './constants';
import { CATEGORY_LABELS, INVASIVENESS_LABELS, RISK_LABELS, SPECIALTY_LABELS, humanize } from './labels';
import { RECOVERY_PICKS } from './list-sql';
import type { Facets } from './queries';
import type { ListParams } from './search-params';

// The choices the filter form offers, each with how many procedures it would leave. Pure: the
// counts come from getProcedureList's facets (each computed with every other filter applied).

export type FilterOption = { value: string; label: string; hint?: string; count?: number };

export type FilterCounts = {
  facets: Facets;
  /** Matches with every filter but the recovery limit ("Any recovery time"). */
  anyRecovery: number;
  /** Matches for the view on screen. */
  total: number;
};

function countOf(facets: Facets, key: keyof Facets, value: string): number {
  return facets[key].find((entry) => entry.value === value)?.count ?? 0;
}

export function getRecoveryOptions(current: number | undefined, counts: FilterCounts): FilterOption[] {
  const picks: FilterOption[] = RECOVERY_PICKS.map((pick) => ({
    value: String(pick.days),
    label: pick.label,
    hint: pick.days === 0 ? 'No downtime' : `${pick.days} days or less`,
    count: countOf(counts.facets, 'recovery', String(pick.days)),
  }));
  // A shared link may carry a limit that is not a quick pick; show it rather than drop it.
  const isPick = RECOVERY_PICKS.some((pick) => pick.days === current);
  const custom: FilterOption[] =
    current !== undefined && !isPick
      ? [{ value: String(current), label: `At most ${current} ${current === 1 ? 'day' : 'days'}`, hint: 'From the link you opened', count: counts.total }]
      : [];
  const any: FilterOption = {
    value: '',
    label: 'Any recovery time',
    hint: 'Includes procedures whose recovery is not reported',
    count: counts.anyRecovery,
  };
  return [...picks, ...custom, any];
}

export function getSpecialtyOptions(counts: FilterCounts): FilterOption[] {
  // Each procedure has exactly one specialty, so the per-specialty counts add up to "any".
  const any = counts.facets.specialty.reduce((sum, entry) => sum + entry.count, 0);
  return [
    { value: '', label: 'Either', count: any },
    ...SPECIALTIES.map((value) => ({ value, label: SPECIALTY_LABELS[value], count: countOf(counts.facets, 'specialty', value) })),
  ];
}

type FacetField = 'invasiveness' | 'category' | 'risk' | 'concern' | 'area';

const FIXED: Record<'invasiveness' | 'category' | 'risk', { values: readonly string[]; labels: Record<string, string> }> = {
  invasiveness: { values: INVASIVENESS, labels: INVASIVENESS_LABELS },
  category: { values: CATEGORIES, labels: CATEGORY_LABELS },
  risk: { values: RISK_LEVELS, labels: RISK_LABELS },
};

const OPEN: Record<'concern' | 'area', readonly string[]> = { concern: CONCERNS, area: BODY_AREAS };

/**
 * Short lists show every value in their natural order (0 included, which is informative);
 * the long concern and area lists show only values some procedure has, or that are selected.
 */
export function getFacetOptions(field: FacetField, params: ListParams, counts: FilterCounts): FilterOption[] {
  if (field === 'concern' || field === 'area') {
    const selected = params[field] as readonly string[];
    return OPEN[field]
      .map((value) => ({ value, label: humanize(value), count: countOf(counts.facets, field, value) }))
      .filter((option) => option.count > 0 || selected.includes(option.value))
      .sort((a, b) => a.label.localeCompare(b.label));
  }
  const { values, labels } = FIXED[field];
  return values.map((value) => ({ value, label: labels[value] ?? humanize(value), count: countOf(counts.facets, field, value) }));
}
