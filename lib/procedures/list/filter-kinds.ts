import type { UrlShape } from './query-string';

// The vocabulary the list's filter registry (filter-registry.ts) is written in. A record
// describes its value (free text, a whole number, one or any of a fixed list) instead of holding
// a zod schema, because more than parsing reads that description: the zod schemas
// (search-params.ts), the params' TypeScript type, the SQL (list-sql.ts), the panel's inputs and
// options, chips and form state all follow from it. Plain data and label functions only.

/** Free text, e.g. the search box. */
export type TextValue = { readonly kind: 'text'; readonly maxLength: number };
/** A whole number from 0 (or `min`) to `max`, e.g. a ceiling. */
export type WholeNumberValue = { readonly kind: 'wholeNumber'; readonly max: number; readonly min?: number; readonly default?: number };
/** One value of a fixed list, e.g. a specialty. */
export type OneOfValue = { readonly kind: 'oneOf'; readonly values: Choices; readonly default?: string };
/** Any number of values of a fixed list (?category=a&category=b), read as alternatives. */
export type AnyOfValue = { readonly kind: 'anyOf'; readonly values: Choices };
export type ValueSpec = TextValue | WholeNumberValue | OneOfValue | AnyOfValue;

type Choices = readonly [string, ...string[]];

export function text(maxLength: number) {
  return { kind: 'text', maxLength } as const;
}

export function wholeNumber<const O extends { min?: number; default?: number } = object>(max: number, options?: O) {
  return { kind: 'wholeNumber', max, ...options } as { readonly kind: 'wholeNumber'; readonly max: number } & O;
}

export function oneOf<const T extends Choices, const O extends { default?: T[number] } = object>(values: T, options?: O) {
  return { kind: 'oneOf', values, ...options } as { readonly kind: 'oneOf'; readonly values: T } & O;
}

export function anyOf<const T extends Choices>(values: T) {
  return { kind: 'anyOf', values } as const;
}

type Choice<V> = V extends { readonly values: readonly (infer T)[] } ? T : never;

/** What a parsed value is: a number for wholeNumber, a list for anyOf, and so on. */
export type ValueOf<V> = V extends { kind: 'text' }
  ? string
  : V extends { kind: 'wholeNumber' }
    ? number
    : V extends { kind: 'oneOf' }
      ? Choice<V>
      : V extends { kind: 'anyOf' }
        ? Choice<V>[]
        : never;

/** What one chip stands for: one value of an anyOf list, else the whole value. */
export type ItemOf<V> = V extends { kind: 'anyOf' } ? Choice<V> : ValueOf<V>;

/** A list is never absent (empty instead), and a field with a default always has a value. */
type AlwaysSet<V> = V extends { kind: 'anyOf' } ? true : V extends { default: string | number } ? true : false;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The parsed params for a set of fields: `{ q?: string; category: Category[]; ... }`. */
export type ParamsOf<F extends { key: string; value: ValueSpec }> = Simplify<
  { [R in F as AlwaysSet<R['value']> extends true ? R['key'] : never]: ValueOf<R['value']> } & {
    [R in F as AlwaysSet<R['value']> extends true ? never : R['key']]?: ValueOf<R['value']>;
  }
>;

/** How a notice names what was expected and what the page did instead. */
export type NoticeWording = { readonly what: string; readonly fallback: string };

/** A URL field of the list: a filter, or a way of looking at the results (sort, page). */
export type FieldDef<K extends string = string, V extends ValueSpec = ValueSpec> = {
  readonly key: K;
  readonly value: V;
  /** "“abc” is not a {what}, so {fallback}." */
  readonly notice: NoticeWording;
  /** Whether the filter form has an input for it, whose state follows the URL. */
  readonly inForm: boolean;
};

/**
 * The SQL condition of a filter, on a column of "Procedure". `type` names the column's enum:
 * compared as that type, not as text, the planner keeps the column's statistics.
 */
export type WhereSpec =
  | { readonly op: 'search'; readonly column: string }
  | { readonly op: 'atMost'; readonly column: string }
  | { readonly op: 'equals'; readonly column: string; readonly type: string }
  | { readonly op: 'anyOf'; readonly column: string; readonly type: string }
  | { readonly op: 'overlaps'; readonly column: string; readonly type?: string };

export type RecoveryPick = { readonly days: number; readonly label: string };

/**
 * How a filter's options are counted. scalar: per value of a single-valued column; array: per
 * element of an array column; picks: per quick pick ("at most N days"), under its own facet key.
 * A filter without a facet (search, cost) narrows every facet's counts.
 */
export type FacetSpec =
  | { readonly kind: 'scalar' }
  | { readonly kind: 'array' }
  | { readonly kind: 'picks'; readonly key: string; readonly picks: readonly RecoveryPick[] };

/** Where a filter sits in the panel: the headline ones, then (after sort) the narrowing ones, then the collapsed ones. */
export type PanelSection = 'headline' | 'narrow' | 'more';

export type PanelSpec =
  | {
      readonly section: PanelSection;
      readonly control: 'search' | 'number';
      readonly id: string;
      readonly label: string;
      readonly description?: string;
    }
  | {
      readonly section: PanelSection;
      readonly control: 'choices';
      readonly legend: string;
      readonly description?: string;
      /** One-of lists: the label of the blank choice ("Either"). */
      readonly anyLabel?: string;
      /** Any-of lists: every value in its natural order, or (long lists) only values some procedure has. */
      readonly show?: 'every' | 'present';
    };

/** One list filter: everything parsing, chips, notices, the form, SQL and facets need. */
export type FilterDef<K extends string = string, V extends ValueSpec = ValueSpec> = FieldDef<K, V> & {
  /** Position in the canonical query string. Fixed once published: cached pages and shared links use that exact string. */
  readonly queryOrder: number;
  /** How an empty-result hint names it: "Remove the category filter “Surgery”". */
  readonly name: string;
  /** One value in words, e.g. "Surgery"; also the label of its option in the panel. */
  label(item: ItemOf<V>): string;
  /** Chip text, when it says more than the label, e.g. "Concern: Wrinkles". */
  chip?(item: ItemOf<V>): string;
  readonly where: WhereSpec;
  readonly facet?: FacetSpec;
  /** For a ceiling on a figure some entries don't report: what the results header calls it. */
  readonly unreported?: string;
  readonly panel: PanelSpec;
};

type FilterParts<V extends ValueSpec> = Omit<FilterDef<string, V>, 'key' | 'value' | 'inForm'>;

/**
 * A registry record: type-checks the label functions against the value, and keeps the literal
 * types (key, facet) that ListParams and the facet keys are derived from.
 */
export function defineFilter<const K extends string, const V extends ValueSpec, const P extends FilterParts<V>>(
  filter: { readonly key: K; readonly value: V } & P,
): { readonly key: K; readonly value: V; readonly inForm: true } & P {
  return { ...filter, inForm: true };
}

/** A set of filters with what every consumer derives from it, computed once. */
export type ListRegistry = {
  readonly filters: readonly FilterDef[];
  /** Every URL field: the filters in query order, then the view fields. */
  readonly fields: readonly FieldDef[];
  readonly byKey: ReadonlyMap<string, FieldDef & Partial<FilterDef>>;
  /** The fields that take several values (?category=a&category=b). */
  readonly repeatable: ReadonlySet<string>;
  /** Field order, list fields and defaults: all the canonical query string needs, as plain data. */
  readonly url: UrlShape;
};

/** Assembles filters and view fields (sort, page) into a registry; tests build their own. */
export function createListRegistry(filters: readonly FilterDef[], viewFields: readonly FieldDef[]): ListRegistry {
  const fields = [...[...filters].sort((a, b) => a.queryOrder - b.queryOrder), ...viewFields];
  const keys = fields.map((field) => field.key);
  const duplicate = keys.find((key, i) => keys.indexOf(key) !== i);
  if (duplicate) throw new Error(`Two list fields use the URL key "${duplicate}"`);
  // The facet query counts one set of quick picks, with the total, in one pass.
  if (filters.filter((filter) => filter.facet?.kind === 'picks').length > 1) throw new Error('Only one filter can have quick picks');
  const defaults: Record<string, string | number> = {};
  for (const { key, value } of fields) if ('default' in value && value.default !== undefined) defaults[key] = value.default;
  const repeatable = fields.filter((field) => field.value.kind === 'anyOf').map((field) => field.key);
  return {
    filters,
    fields,
    byKey: new Map(fields.map((field) => [field.key, field])),
    repeatable: new Set(repeatable),
    url: { fields: keys, repeatable, defaults },
  };
}

/** What an unset field holds: lists are empty, anything else is absent. */
export function emptyValue(spec: ValueSpec): [] | undefined {
  return spec.kind === 'anyOf' ? [] : undefined;
}

/** The chips a value stands for: each value of a list, else the value itself when set. */
export function itemsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === '' ? [] : [value];
}
