import { BODY_AREAS, CATEGORIES, CONCERNS, INVASIVENESS, RISK_LEVELS, SPECIALTIES } from '../constants';
import {
  anyOf,
  createListRegistry,
  defineFilter,
  oneOf,
  text,
  wholeNumber,
  type FieldDef,
  type ParamsOf,
  type RecoveryPick,
} from './filter-kinds';
import { CATEGORY_LABELS, INVASIVENESS_LABELS, RISK_LABELS, SPECIALTY_LABELS, formatUsd, humanize } from '../labels';
import { COST_USD_MAX, RECOVERY_DAYS_MAX } from '../limits';

// The catalog list's filters, one record each: URL key and value (from which the zod schemas
// are built), wording for chips, hints and notices, SQL condition, facet and place in the panel.
// Adding a filter is adding a record here (tests/procedures/filter-registry.test.ts shows one).
// The array's order is the order chips and panel controls appear in.

export const SORT_KEYS = ['downtime', 'cost', 'yearly', 'risk', 'name'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Record<SortKey, string> = {
  downtime: 'Shortest downtime',
  cost: 'Lowest cost',
  yearly: 'Lowest yearly cost',
  risk: 'Lowest risk',
  name: 'Name (A–Z)',
};

/** How the results are shown: cards, or the trade-off map (downtime against how long results last). */
export const LIST_VIEWS = ['list', 'map'] as const;
export type ListView = (typeof LIST_VIEWS)[number];

export const DEFAULT_PAGE_SIZE = 12;
export const MAX_PAGE_SIZE = 100;

/** Quick picks for the headline filter: "ready in at most N days". */
export const RECOVERY_PICKS = [
  { days: 0, label: 'Same day' },
  { days: 2, label: 'Within a weekend' },
  { days: 7, label: 'Within 1 week' },
  { days: 14, label: 'Within 2 weeks' },
] as const satisfies readonly RecoveryPick[];

/** Same-day and weekend picks have names people use; other ceilings are stated in days. */
export function describeRecoveryCeiling(days: number): string {
  if (days === 0) return 'Ready the same day';
  if (days === 2) return 'Ready within a weekend (2 days or less)';
  return `Ready within ${days} ${days === 1 ? 'day' : 'days'}`;
}

export const LIST_FILTERS = [
  defineFilter({
    key: 'q',
    queryOrder: 0,
    value: text(100),
    name: 'the search',
    label: (q) => q,
    chip: (q) => `Search: “${q}”`,
    notice: { what: 'search text of at most 100 characters', fallback: 'the search was ignored' },
    // searchText is name, aliases and brands, lower-cased.
    where: { op: 'search', column: 'searchText' },
    panel: { section: 'headline', control: 'search', id: 'filter-q', label: 'Search names, aliases and brands' },
  }),
  defineFilter({
    key: 'downtimeDays',
    queryOrder: 1,
    value: wholeNumber(RECOVERY_DAYS_MAX),
    name: 'the recovery limit',
    label: describeRecoveryCeiling,
    notice: { what: 'whole number of days', fallback: 'no recovery limit is applied' },
    where: { op: 'atMost', column: 'recoveryMaxDays' },
    facet: { kind: 'picks', key: 'recovery', picks: RECOVERY_PICKS },
    unreported: 'recovery time',
    panel: {
      section: 'headline',
      control: 'choices',
      legend: 'Ready in at most…',
      description: 'Downtime: the longest time our sources give until back to work and normal social life (not full healing).',
    },
  }),
  defineFilter({
    key: 'specialty',
    queryOrder: 4,
    value: oneOf(SPECIALTIES),
    name: 'the specialty filter',
    label: (specialty) => SPECIALTY_LABELS[specialty],
    notice: { what: 'specialty we list', fallback: 'both specialties are shown' },
    where: { op: 'equals', column: 'specialty', type: 'Specialty' },
    facet: { kind: 'scalar' },
    panel: { section: 'narrow', control: 'choices', legend: 'Specialty', anyLabel: 'Either' },
  }),
  defineFilter({
    key: 'invasiveness',
    queryOrder: 2,
    value: anyOf(INVASIVENESS),
    name: 'the invasiveness filter',
    label: (level) => INVASIVENESS_LABELS[level],
    notice: { what: 'invasiveness level we list', fallback: 'the invasiveness filter was ignored' },
    where: { op: 'anyOf', column: 'invasiveness', type: 'Invasiveness' },
    facet: { kind: 'scalar' },
    panel: { section: 'narrow', control: 'choices', legend: 'Invasiveness', show: 'every' },
  }),
  defineFilter({
    key: 'category',
    queryOrder: 3,
    value: anyOf(CATEGORIES),
    name: 'the category filter',
    label: (category) => CATEGORY_LABELS[category],
    notice: { what: 'category we list', fallback: 'the category filter was ignored' },
    where: { op: 'anyOf', column: 'category', type: 'Category' },
    facet: { kind: 'scalar' },
    panel: { section: 'narrow', control: 'choices', legend: 'Category', show: 'every' },
  }),
  defineFilter({
    key: 'risk',
    queryOrder: 5,
    value: anyOf(RISK_LEVELS),
    name: 'the risk filter',
    label: (risk) => RISK_LABELS[risk],
    notice: { what: 'risk level we list', fallback: 'the risk filter was ignored' },
    where: { op: 'anyOf', column: 'riskLevel', type: 'RiskLevel' },
    facet: { kind: 'scalar' },
    panel: { section: 'narrow', control: 'choices', legend: 'Risk level', show: 'every' },
  }),
  defineFilter({
    key: 'concern',
    queryOrder: 7,
    value: anyOf(CONCERNS),
    name: 'the concern filter',
    label: humanize,
    chip: (concern) => `Concern: ${humanize(concern)}`,
    notice: { what: 'concern we list', fallback: 'the concern filter was ignored' },
    where: { op: 'overlaps', column: 'concerns' },
    facet: { kind: 'array' },
    panel: { section: 'more', control: 'choices', legend: 'Concern', show: 'present' },
  }),
  defineFilter({
    key: 'area',
    queryOrder: 8,
    value: anyOf(BODY_AREAS),
    name: 'the body-area filter',
    label: humanize,
    chip: (area) => `Area: ${humanize(area)}`,
    notice: { what: 'body area we list', fallback: 'the body-area filter was ignored' },
    where: { op: 'overlaps', column: 'bodyAreas' },
    facet: { kind: 'array' },
    panel: { section: 'more', control: 'choices', legend: 'Body area', show: 'present' },
  }),
  defineFilter({
    key: 'costMax',
    queryOrder: 6,
    value: wholeNumber(COST_USD_MAX),
    name: 'the cost limit',
    label: (usd) => `up to ${formatUsd(usd)}`,
    chip: (usd) => `Cost up to ${formatUsd(usd)}`,
    notice: { what: 'whole number of US dollars', fallback: 'no cost limit is applied' },
    where: { op: 'atMost', column: 'costTypicalUsd' },
    unreported: 'cost',
    panel: {
      section: 'narrow',
      control: 'number',
      id: 'filter-cost',
      label: 'Maximum cost (USD)',
      description: 'Compared with the lowest published fee, or the average fee when that is all a source gives.',
    },
  }),
] as const;

/** The fields that are a way of looking at the results, not a filter; they follow the filters in a URL. */
export const VIEW_FIELDS = [
  {
    key: 'sort',
    value: oneOf(SORT_KEYS, { default: 'downtime' }),
    notice: { what: 'sort order we offer', fallback: 'results are sorted by shortest recovery' },
    inForm: true,
  },
  {
    key: 'page',
    value: wholeNumber(100_000, { min: 1, default: 1 }),
    notice: { what: 'page number (1 or more)', fallback: 'page 1 is shown' },
    inForm: false,
  },
  {
    key: 'pageSize',
    value: wholeNumber(MAX_PAGE_SIZE, { min: 1, default: DEFAULT_PAGE_SIZE }),
    notice: { what: `page size from 1 to ${MAX_PAGE_SIZE}`, fallback: 'the usual page size is used' },
    inForm: false,
  },
  {
    key: 'view',
    value: oneOf(LIST_VIEWS, { default: 'list' }),
    notice: { what: 'view we offer (list or map)', fallback: 'the list is shown' },
    inForm: false,
  },
] as const satisfies readonly FieldDef[];

export type ListParams = ParamsOf<(typeof LIST_FILTERS)[number] | (typeof VIEW_FIELDS)[number]>;
export type FilterKey = (typeof LIST_FILTERS)[number]['key'];

type FacetKeyOf<F> = F extends { facet: { kind: 'picks'; key: infer K } } ? K : F extends { facet: object; key: infer K } ? K : never;
/** The keys of getProcedureList's facets: each faceted filter's key, and "recovery" for the picks. */
export type FacetKey = FacetKeyOf<(typeof LIST_FILTERS)[number]>;

export const LIST_REGISTRY = createListRegistry(LIST_FILTERS, VIEW_FIELDS);
