import { CATEGORY_LABELS, INVASIVENESS_LABELS, RISK_LABELS, SPECIALTY_LABELS, formatUsd, humanize } from './labels';
import { REPEATABLE_FIELD_NAMES, toSearchString } from './list-url';
import type { ListParams } from './search-params';

// What the list page says about the filters in play: removable chips, "removing X would show N"
// hints for an empty result, and the probes that count entries a ceiling leaves out because our
// sources do not report that number. Pure: the page runs the queries these params describe.

export const LIST_PATH = '/procedures';

export type FilterField =
  | 'q'
  | 'recoveryMaxDays'
  | 'specialty'
  | 'invasiveness'
  | 'category'
  | 'risk'
  | 'costMax'
  | 'concern'
  | 'area';

type MultiField = (typeof REPEATABLE_FIELD_NAMES)[number];

/** Same-day and weekend picks have names people use; other ceilings are stated in days. */
export function describeRecoveryCeiling(days: number): string {
  if (days === 0) return 'Ready the same day';
  if (days === 2) return 'Ready within a weekend (2 days or less)';
  return `Ready within ${days} ${days === 1 ? 'day' : 'days'}`;
}

function valueLabel(field: MultiField, value: string): string {
  switch (field) {
    case 'invasiveness':
      return INVASIVENESS_LABELS[value as keyof typeof INVASIVENESS_LABELS] ?? humanize(value);
    case 'category':
      return CATEGORY_LABELS[value as keyof typeof CATEGORY_LABELS] ?? humanize(value);
    case 'risk':
      return RISK_LABELS[value as keyof typeof RISK_LABELS] ?? humanize(value);
    case 'concern':
    case 'area':
      return humanize(value);
  }
}

const MULTI_PREFIX: Record<MultiField, string> = {
  invasiveness: '',
  category: '',
  risk: '',
  concern: 'Concern: ',
  area: 'Area: ',
};

/** Params for a new result set: any change of filters starts again at page 1. */
function reset(params: ListParams, change: Partial<ListParams>): ListParams {
  return { ...params, ...change, page: 1 };
}

export function toListHref(params: Partial<ListParams>): string {
  return `${LIST_PATH}${toSearchString(params)}`;
}

export type ActiveFilter = {
  key: string;
  field: FilterField;
  /** Chip text, e.g. "Concern: Wrinkles". */
  label: string;
  /** The value alone, e.g. "Wrinkles". */
  valueLabel: string;
  without: ListParams;
  href: string;
};

/** One removable chip per active value, each linking to the same view without it. */
export function getActiveFilters(params: ListParams): ActiveFilter[] {
  const chips: Omit<ActiveFilter, 'href'>[] = [];
  if (params.q) {
    chips.push({ key: 'q', field: 'q', label: `Search: “${params.q}”`, valueLabel: params.q, without: reset(params, { q: undefined }) });
  }
  if (params.recoveryMaxDays !== undefined) {
    chips.push({
      key: 'recoveryMaxDays',
      field: 'recoveryMaxDays',
      label: describeRecoveryCeiling(params.recoveryMaxDays),
      valueLabel: describeRecoveryCeiling(params.recoveryMaxDays),
      without: reset(params, { recoveryMaxDays: undefined }),
    });
  }
  if (params.specialty) {
    chips.push({
      key: 'specialty',
      field: 'specialty',
      label: SPECIALTY_LABELS[params.specialty],
      valueLabel: SPECIALTY_LABELS[params.specialty],
      without: reset(params, { specialty: undefined }),
    });
  }
  for (const field of REPEATABLE_FIELD_NAMES) {
    for (const value of params[field]) {
      chips.push({
        key: `${field}:${value}`,
        field,
        label: `${MULTI_PREFIX[field]}${valueLabel(field, value)}`,
        valueLabel: valueLabel(field, value),
        without: reset(params, { [field]: (params[field] as string[]).filter((v) => v !== value) }),
      });
    }
  }
  if (params.costMax !== undefined) {
    chips.push({
      key: 'costMax',
      field: 'costMax',
      label: `Cost up to ${formatUsd(params.costMax)}`,
      valueLabel: `up to ${formatUsd(params.costMax)}`,
      without: reset(params, { costMax: undefined }),
    });
  }
  return chips.map((chip) => ({ ...chip, href: toListHref(chip.without) }));
}

/** Every filter removed; the sort order and page size are a way of looking, not a filter. */
export function clearAllFilters(params: ListParams): ListParams {
  return { ...params, ...getEmptyFilters(), page: 1 };
}

function getEmptyFilters(): Partial<ListParams> {
  return {
    q: undefined,
    recoveryMaxDays: undefined,
    specialty: undefined,
    costMax: undefined,
    invasiveness: [],
    category: [],
    risk: [],
    concern: [],
    area: [],
  };
}

export type Relaxation = { field: FilterField; label: string; without: ListParams; href: string };

const FIELD_NAMES: Record<FilterField, string> = {
  q: 'the search',
  recoveryMaxDays: 'the recovery limit',
  specialty: 'the specialty filter',
  invasiveness: 'the invasiveness filter',
  category: 'the category filter',
  risk: 'the risk filter',
  costMax: 'the cost limit',
  concern: 'the concern filter',
  area: 'the body-area filter',
};

/**
 * One candidate per active field, the whole field removed. Removing one value of a multi-value
 * filter can only narrow the result (values are alternatives), so the field is the unit to relax.
 */
export function getRelaxations(params: ListParams): Relaxation[] {
  const byField = new Map<FilterField, ActiveFilter[]>();
  for (const chip of getActiveFilters(params)) byField.set(chip.field, [...(byField.get(chip.field) ?? []), chip]);
  return [...byField.entries()].map(([field, chips]) => {
    const empty = getEmptyFilters();
    const without = reset(params, { [field]: empty[field] });
    const values = chips.map((chip) => chip.valueLabel).join(', ');
    return { field, label: `${FIELD_NAMES[field]} “${values}”`, without, href: toListHref(without) };
  });
}

/** Highest value a ceiling may take (the schema's maximum): every reported value is below it. */
const CEILING_MAX = { recoveryMaxDays: 3650, costMax: 10_000_000 } as const;

export type CeilingProbe = {
  field: 'recoveryMaxDays' | 'costMax';
  /** The same filters without the ceiling: includes entries whose value is not reported. */
  withoutCeiling: ListParams;
  /** The same filters with the loosest ceiling: only entries that report the value. */
  reportedOnly: ListParams;
};

/**
 * For each active ceiling, two count queries whose difference is how many entries match
 * everything else but are left out only because our sources don't report that number.
 */
export function getCeilingProbes(params: ListParams): CeilingProbe[] {
  return (['recoveryMaxDays', 'costMax'] as const)
    .filter((field) => params[field] !== undefined)
    .map((field) => ({
      field,
      withoutCeiling: { ...params, [field]: undefined, page: 1, pageSize: 1 },
      reportedOnly: { ...params, [field]: CEILING_MAX[field], page: 1, pageSize: 1 },
    }));
}
