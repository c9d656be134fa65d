import { emptyValue, itemsOf, type FilterDef, type ItemOf, type ListRegistry, type ValueSpec } from './filter-kinds';
import { LIST_REGISTRY, type ListParams } from './filter-registry';
import { toSearchString } from './list-url';

export { describeRecoveryCeiling } from './filter-registry';

// What the list page says about the filters in play: removable chips, "removing X would show N"
// hints for an empty result, and the probes that count entries a ceiling leaves out because our
// sources do not report that number. Pure: the page runs the queries these params describe.
// Every filter's wording comes from the registry.

export const LIST_PATH = '/procedures';

type Values = Readonly<Record<string, unknown>>;

/** Params for a new result set: any change of filters starts again at page 1. */
function reset(params: ListParams, change: Values): ListParams {
  return { ...params, ...change, page: 1 };
}

export function toListHref(params: Partial<ListParams>, registry: ListRegistry = LIST_REGISTRY): string {
  return `${LIST_PATH}${toSearchString(params, registry)}`;
}

export type ActiveFilter = {
  key: string;
  /** The filter's URL key. */
  field: string;
  /** Chip text, e.g. "Concern: Wrinkles". */
  label: string;
  /** The value alone, e.g. "Wrinkles". */
  valueLabel: string;
  without: ListParams;
  href: string;
};

function chipsOf(filter: FilterDef, params: ListParams): Omit<ActiveFilter, 'href'>[] {
  const value = (params as Values)[filter.key];
  const list = filter.value.kind === 'anyOf';
  return itemsOf(value).map((raw) => {
    const item = raw as ItemOf<ValueSpec>;
    const label = filter.label(item);
    return {
      key: list ? `${filter.key}:${String(item)}` : filter.key,
      field: filter.key,
      label: filter.chip ? filter.chip(item) : label,
      valueLabel: label,
      without: reset(params, { [filter.key]: list ? (value as unknown[]).filter((v) => v !== item) : undefined }),
    };
  });
}

/** One removable chip per active value, each linking to the same view without it. */
export function getActiveFilters(params: ListParams, registry: ListRegistry = LIST_REGISTRY): ActiveFilter[] {
  return registry.filters
    .flatMap((filter) => chipsOf(filter, params))
    .map((chip) => ({ ...chip, href: toListHref(chip.without, registry) }));
}

function getEmptyFilters(registry: ListRegistry): Values {
  return Object.fromEntries(registry.filters.map((filter) => [filter.key, emptyValue(filter.value)]));
}

/** Every filter removed; the sort order and page size are a way of looking, not a filter. */
export function clearAllFilters(params: ListParams, registry: ListRegistry = LIST_REGISTRY): ListParams {
  return reset(params, getEmptyFilters(registry));
}

export type Relaxation = { field: string; label: string; without: ListParams; href: string };

/**
 * One candidate per active field, the whole field removed. Removing one value of a multi-value
 * filter can only narrow the result (values are alternatives), so the field is the unit to relax.
 */
export function getRelaxations(params: ListParams, registry: ListRegistry = LIST_REGISTRY): Relaxation[] {
  return registry.filters.flatMap((filter) => {
    const chips = chipsOf(filter, params);
    if (chips.length === 0) return [];
    const without = reset(params, { [filter.key]: emptyValue(filter.value) });
    const values = chips.map((chip) => chip.valueLabel).join(', ');
    return [{ field: filter.key, label: `${filter.name} “${values}”`, without, href: toListHref(without, registry) }];
  });
}

export type CeilingProbe = {
  field: string;
  /** The same filters without the ceiling: includes entries whose value is not reported. */
  withoutCeiling: ListParams;
  /** The same filters with the loosest ceiling: only entries that report the value. */
  reportedOnly: ListParams;
};

/**
 * For each active ceiling on a figure some entries don't report, two count queries whose
 * difference is how many entries match everything else but are left out only because our sources
 * don't report that number. The loosest ceiling is the field's maximum, above every reported value.
 */
export function getCeilingProbes(params: ListParams, registry: ListRegistry = LIST_REGISTRY): CeilingProbe[] {
  return registry.filters.flatMap((filter) => {
    if (filter.unreported === undefined || filter.value.kind !== 'wholeNumber') return [];
    if ((params as Values)[filter.key] === undefined) return [];
    return [
      {
        field: filter.key,
        withoutCeiling: { ...params, [filter.key]: undefined, page: 1, pageSize: 1 },
        reportedOnly: { ...params, [filter.key]: filter.value.max, page: 1, pageSize: 1 },
      },
    ];
  });
}
