import { z } from 'zod';
import { ownEntry, toRawQuery, type QueryInput } from '../http/query-entries';
import { BODY_AREAS, CONCERNS, RISK_LEVELS } from '@/lib/procedures/constants';
import { isCalendarDate, isValidTimeZone } from './dates';
import { READINESS } from './constants';

// The one description of /plan's URL state, shared by the page and GET /api/plan. The API
// parses strictly (400 with zod issues); the page parses leniently: a bad value is dropped,
// said out loud in a notice, and the rest of the plan still renders.

const wholeNumber = (max: number, unit: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `must be a whole number of ${unit}, 0 or more`)
    .transform(Number)
    .pipe(z.number().int().max(max, `must be at most ${max.toLocaleString('en-US')} ${unit}`));

const flag = z
  .enum(['1', '0', 'true', 'false', 'on', 'off'], { error: 'must be 1 (yes) or 0 (no)' })
  .transform((value) => value === '1' || value === 'true' || value === 'on');

const list = <T extends z.ZodType>(item: T) => z.array(item).max(30, 'has too many values');

export const planFields = {
  eventDate: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine(isCalendarDate, 'is not a real calendar date')
    .refine((iso) => iso >= '2000-01-01' && iso <= '2100-12-31', 'must be between the years 2000 and 2100')
    .optional(),
  downtimeDays: wholeNumber(365, 'days').optional(),
  /** What "ready" means for the event date: presentable (downtime + results showing) or fully healed. */
  readiness: z.enum(READINESS, { error: 'must be presentable or healed' }).default('presentable'),
  budgetMax: wholeNumber(10_000_000, 'dollars').optional(),
  concern: list(z.enum(CONCERNS)).default([]),
  area: list(z.enum(BODY_AREAS)).default([]),
  noGeneral: flag.default(false),
  noSurgery: flag.default(false),
  maxRisk: z.enum(RISK_LEVELS).optional(),
  minResultsMonths: wholeNumber(240, 'months').optional(),
  tz: z.string().trim().refine(isValidTimeZone, 'is not a time zone we know').default('UTC'),
};

export const planParamsSchema = z.object(planFields).strict();
export type PlanParams = z.infer<typeof planParamsSchema>;
export type PlanField = keyof typeof planFields;

export const PLAN_FIELD_LABELS: Record<PlanField, string> = {
  eventDate: 'Event date',
  downtimeDays: 'Days off',
  readiness: 'Ready means',
  budgetMax: 'Budget',
  concern: 'Concerns',
  area: 'Body areas',
  noGeneral: 'Avoid general anesthesia',
  noSurgery: 'Avoid surgery',
  maxRisk: 'Highest risk level',
  minResultsMonths: 'Results should last',
  tz: 'Time zone',
};

const REPEATABLE = new Set<string>(['concern', 'area']);

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
export function parsePlanParamsLenient(input: URLSearchParams | Record<string, string | string[] | undefined>): {
  params: PlanParams;
  notices: PlanNotice[];
} {
  const raw = toRawPlanParams(input);
  const notices: PlanNotice[] = [];
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = ownEntry(planFields, key);
    if (!field) {
      notices.push({ field: key, message: `“${echo(value)}” is not a setting we know, so it was ignored` });
      continue;
    }
    const result = field.safeParse(value);
    if (result.success) {
      clean[key] = value;
      continue;
    }
    const why = result.error.issues[0]?.message ?? 'is not valid';
    const fallback = key === 'tz' ? 'so dates use UTC' : 'so it was ignored';
    notices.push({ field: PLAN_FIELD_LABELS[key as PlanField], message: `“${echo(value)}” ${why}, ${fallback}` });
  }
  return { params: planParamsSchema.parse(clean), notices };
}

/** The canonical query string for params: unset values omitted, stable order. */
export function toPlanSearchString(params: Partial<PlanParams>): string {
  const out = new URLSearchParams();
  for (const key of Object.keys(planFields) as PlanField[]) {
    const value = params[key];
    if (value === undefined || value === false || (key === 'tz' && value === 'UTC') || (key === 'readiness' && value === 'presentable')) continue;
    if (Array.isArray(value)) [...value].sort().forEach((v) => out.append(key, v));
    else out.set(key, value === true ? '1' : String(value));
  }
  const text = out.toString();
  return text ? `?${text}` : '';
}
