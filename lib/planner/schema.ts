import { z } from 'zod';
import { parseLeniently, toRawQuery, type QueryInput } from '../http/query-entries';
import { BODY_AREAS, CONCERNS, RISK_LEVELS } from '@/lib/procedures/constants';
import { COST_USD_MAX } from '@/lib/procedures/limits';
import { isCalendarDate, isValidTimeZone } from './dates';
import { slugSchema } from '@/lib/procedures/slug';
import { BUDGET_BASES, PLAN_LISTS, READINESS } from './constants';
import { DEFAULT_LEAD_DAYS, DEFAULT_SURGERY_LEAD_DAYS } from './lead-time';
import { MAX_TREATMENT, MIN_TREATMENT } from './treatment-url';

// The one description of /plan's URL state, shared by the page and GET /api/plan. The API
// parses strictly (400 with zod issues); the page parses leniently: a bad value is dropped,
// said out loud in a notice, and the rest of the plan still renders.

const wholeNumber = (max: number, unit: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `must be a whole number of ${unit}, 0 or more`)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .max(max, `must be at most ${max.toLocaleString('en-US')} ${unit}`),
    );

const flag = z
  .enum(['1', '0', 'true', 'false', 'on', 'off'], { error: 'must be 1 (yes) or 0 (no)' })
  .transform((value) => value === '1' || value === 'true' || value === 'on');

const list = <T extends z.ZodType>(item: T) => z.array(item).max(30, 'has too many values');

type PlanFieldDef = {
  /** How a notice names the field. */
  label: string;
  schema: z.ZodType;
  /** What the page does instead of a value it cannot use, when not simply ignoring it. */
  fallback?: string;
};

/** One record per setting, in the order the canonical query string lists them. */
const PLAN_FIELDS = {
  eventDate: {
    label: 'Event date',
    schema: z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
      .refine(isCalendarDate, 'is not a real calendar date')
      .refine((iso) => iso >= '2000-01-01' && iso <= '2100-12-31', 'must be between the years 2000 and 2100')
      .optional(),
  },
  downtimeDays: { label: 'Days off', schema: wholeNumber(365, 'days').optional() },
  /** What "ready" means for the event date: presentable (downtime + results showing) or fully healed. */
  readiness: {
    label: 'Ready means',
    schema: z.enum(READINESS, { error: 'must be presentable or healed' }).default('presentable'),
  },
  /** Our lead time before a booking can count as a fit (default 7 days; surgery 21): lead-time.ts. */
  leadDays: {
    label: 'Lead time',
    schema: wholeNumber(365, 'days').default(DEFAULT_LEAD_DAYS),
    fallback: `so it is ${DEFAULT_LEAD_DAYS} days`,
  },
  surgeryLeadDays: {
    label: 'Lead time for surgery',
    schema: wholeNumber(365, 'days').default(DEFAULT_SURGERY_LEAD_DAYS),
    fallback: `so it is ${DEFAULT_SURGERY_LEAD_DAYS} days`,
  },
  budgetMax: { label: 'Budget', schema: wholeNumber(COST_USD_MAX, 'dollars').optional() },
  budgetPer: {
    label: 'Budget is',
    schema: z.enum(BUDGET_BASES, { error: 'must be visit, course or year' }).default('visit'),
    fallback: 'so the budget is per visit',
  },
  concern: { label: 'Concerns', schema: list(z.enum(CONCERNS)).default([]) },
  area: { label: 'Body areas', schema: list(z.enum(BODY_AREAS)).default([]) },
  noGeneral: { label: 'Avoid general anesthesia', schema: flag.default(false) },
  noSurgery: { label: 'Avoid surgery', schema: flag.default(false) },
  maxRisk: { label: 'Highest risk level', schema: z.enum(RISK_LEVELS).optional() },
  minResultsMonths: { label: 'Results should last', schema: wholeNumber(240, 'months').optional() },
  /** A treatment plan: 2–3 procedures scheduled together towards the event. */
  treatment: {
    label: 'Treatment plan',
    schema: z
      .array(slugSchema)
      .max(MAX_TREATMENT, `has more than ${MAX_TREATMENT} procedures`)
      .refine((slugs) => slugs.length === 0 || slugs.length >= MIN_TREATMENT, `needs ${MIN_TREATMENT} or ${MAX_TREATMENT} procedures`)
      .refine((slugs) => new Set(slugs).size === slugs.length, 'names a procedure twice')
      .default([]),
  },
  /** One procedure to answer first (from its page's "Will it be ready by my date?"). */
  procedure: { label: 'Procedure', schema: slugSchema.optional() },
  /** Show the form to change a plan that has a date (the results page shows a one-line summary). */
  edit: { label: 'Change', schema: flag.default(false) },
  /** A list shown only on request: options not ready in time, or those that don't treat the concern. */
  show: { label: 'Show', schema: z.enum(PLAN_LISTS, { error: 'must be late or other' }).optional() },
  tz: {
    label: 'Time zone',
    schema: z.string().trim().refine(isValidTimeZone, 'is not a time zone we know').default('UTC'),
    fallback: 'so dates use UTC',
  },
} satisfies Record<string, PlanFieldDef>;

export type PlanField = keyof typeof PLAN_FIELDS;

function mapFields<T>(pick: (field: PlanFieldDef) => T): Record<PlanField, T> {
  return Object.fromEntries(Object.entries(PLAN_FIELDS).map(([key, field]) => [key, pick(field)])) as Record<PlanField, T>;
}

export const planFields = mapFields((field) => field.schema) as { [K in PlanField]: (typeof PLAN_FIELDS)[K]['schema'] };
export const planParamsSchema = z.object(planFields).strict();
export type PlanParams = z.infer<typeof planParamsSchema>;

export const PLAN_FIELD_LABELS = mapFields((field) => field.label);

/** What each unset setting means; a canonical URL leaves these out. */
const PLAN_DEFAULTS: Readonly<Partial<Record<PlanField, unknown>>> = planParamsSchema.parse({});

/** The settings that take several values: those whose default is a list. */
const REPEATABLE = new Set<string>(Object.keys(PLAN_DEFAULTS).filter((key) => Array.isArray(PLAN_DEFAULTS[key as PlanField])));

/** URLSearchParams or Next's searchParams object → the raw shape the schema reads. */
export function toRawPlanParams(input: QueryInput) {
  return toRawQuery(input, REPEATABLE);
}

export function parsePlanParamsStrict(input: URLSearchParams) {
  return planParamsSchema.safeParse(toRawPlanParams(input));
}

export type PlanNotice = { field: string; message: string };

function echo(value: string | string[]): string {
  const text = Array.isArray(value) ? value.join(', ') : value;
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Lenient parse for the page: each bad or unknown field is dropped and reported. */
export function parsePlanParamsLenient(input: QueryInput): { params: PlanParams; notices: PlanNotice[] } {
  const { data, problems } = parseLeniently(planFields, planParamsSchema, toRawPlanParams(input));
  const notices = problems.map((problem): PlanNotice => {
    if (problem.reason === 'unknown') {
      return { field: problem.key, message: `“${echo(problem.value)}” is not a setting we know, so it was ignored` };
    }
    const field: PlanFieldDef = PLAN_FIELDS[problem.key as PlanField];
    const why = problem.message ?? 'is not valid';
    return { field: field.label, message: `“${echo(problem.value)}” ${why}, ${field.fallback ?? 'so it was ignored'}` };
  });
  return { params: data, notices };
}

/** The canonical query string for params: unset and default values omitted, stable order. */
export function toPlanSearchString(params: Partial<PlanParams>): string {
  const out = new URLSearchParams();
  for (const key of Object.keys(PLAN_FIELDS) as PlanField[]) {
    const value = params[key];
    const fallback = PLAN_DEFAULTS[key];
    if (value === undefined || (!Array.isArray(value) && fallback !== undefined && value === fallback)) continue;
    if (Array.isArray(value)) [...value].sort().forEach((v) => out.append(key, v));
    else out.set(key, value === true ? '1' : String(value));
  }
  const text = out.toString();
  return text ? `?${text}` : '';
}
