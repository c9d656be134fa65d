import { MIN_COMPARE, compareHref } from '@/lib/compare/url';
import { SAFETY_MARGIN_DAYS, TOP_PICKS } from './constants';
import { daysBetween, formatLongDate, todayInTimeZone } from './dates';
import { rankProcedures } from './rank';
import { toPlanSearchString, type PlanNotice, type PlanParams } from './schema';
import { planTreatment, type TreatmentPlan } from './treatment';
import { SECTIONS, type PlannerProcedure, type RankedOption, type Section } from './types';

// Everything /plan and GET /api/plan show, from the catalog, the parsed wishes and the current
// instant. `now` is injected so the result is reproducible in tests and near midnight.

export type Plan = {
  /** Today's calendar date in `timeZone`: what "in 12 days" and "has passed" are measured from. */
  today: string;
  timeZone: string;
  safetyMarginDays: number;
  daysUntilEvent: number | null;
  notices: PlanNotice[];
  /** No event date: nothing is ranked; the page asks for a date and a concern. */
  needsDate: boolean;
  /** The procedures ranked: those that treat a chosen concern and are used on a chosen area. */
  options: RankedOption[];
  counts: Record<Section, number>;
  /** The procedures left out because they treat none of the chosen concerns or areas. */
  others: { slug: string; name: string }[];
  /** Our lead times before a booking counts as a fit (lead-time.ts), as used. */
  leadTimes: { leadDays: number; surgeryLeadDays: number };
  /** When a future date leaves nothing that fits: why, and what could still be done. */
  nothingFits: string | null;
  /** Up to three of the best options that fit or nearly fit, for /compare. */
  topPicks: string[];
  compareHref: string | null;
  /** When the event date is today or has passed: the same plan without it, to choose another date. */
  withoutDateHref: string | null;
  /** The chosen treatment plan, scheduled towards the event date; null without both. */
  treatment: TreatmentPlan | null;
};

function treatmentNotices(params: PlanParams, known: ReadonlySet<string>): PlanNotice[] {
  if (params.treatment.length === 0) return [];
  const missing = params.treatment.filter((slug) => !known.has(slug));
  const notices: PlanNotice[] = missing.map((slug) => ({
    field: 'Treatment plan',
    message: `“${slug}” is not in our catalog, so it was left out of the plan`,
  }));
  if (!params.eventDate) {
    notices.push({ field: 'Treatment plan', message: 'Choose your event date to schedule the procedures of your treatment plan' });
  }
  return notices;
}

function eventNotices(eventDate: string | undefined, today: string, timeZone: string): PlanNotice[] {
  if (!eventDate) return [];
  const days = daysBetween(today, eventDate);
  const todayText = `today is ${formatLongDate(today)} (${timeZone})`;
  if (days < 0) {
    return [
      {
        field: 'Event date',
        message: `${formatLongDate(eventDate)} has already passed: ${todayText}. Nothing can be done before it, so no option is shown as ready in time. Choose a later date`,
      },
    ];
  }
  if (days === 0) {
    return [
      {
        field: 'Event date',
        message: `${formatLongDate(eventDate)} is today, so there is no time to recover before it. Choose a later date to see what could fit`,
      },
    ];
  }
  return [];
}

/** Treats one of the chosen concerns and is used on one of the chosen areas (each when chosen). */
function isForWish(procedure: PlannerProcedure, params: PlanParams): boolean {
  const concern = params.concern.length === 0 || params.concern.some((c) => procedure.concerns.includes(c));
  const area = params.area.length === 0 || params.area.some((a) => procedure.bodyAreas.includes(a));
  return concern && area;
}

function nothingFitsText(
  plan: Pick<Plan, 'counts' | 'options' | 'daysUntilEvent' | 'leadTimes' | 'safetyMarginDays'>,
  eventDate: string,
): string | null {
  const days = plan.daysUntilEvent;
  if (days === null || days <= 0 || plan.options.length === 0 || plan.counts.fits > 0) return null;
  const { leadDays, surgeryLeadDays } = plan.leadTimes;
  const why =
    `Nothing fits by ${formatLongDate(eventDate)}: a date counts only if it leaves our ${leadDays}-day lead time for a consultation ` +
    `(${surgeryLeadDays} days for surgery) and a ${plan.safetyMarginDays}-day safety margin before the event, and your date is ${days} ${days === 1 ? 'day' : 'days'} away.`;
  const still =
    plan.counts.near_miss > 0
      ? ` What could still be done: the ${plan.counts.near_miss} near ${plan.counts.near_miss === 1 ? 'miss' : 'misses'} below, if booked sooner than our lead time or inside the margin. Ask a board-certified provider whether that is safe for you.`
      : ' Choose a later date, or ask a board-certified provider what is possible.';
  return why + still;
}

export function createPlan(
  procedures: readonly PlannerProcedure[],
  params: PlanParams,
  options: { now: Date; notices?: PlanNotice[] },
): Plan {
  const today = todayInTimeZone(options.now, params.tz);
  const needsDate = !params.eventDate;
  const wanted = procedures.filter((procedure) => isForWish(procedure, params));
  const ranked = needsDate ? [] : rankProcedures(wanted, params, today);
  const counts = Object.fromEntries(SECTIONS.map((section) => [section, 0])) as Record<Section, number>;
  for (const option of ranked) counts[option.section] += 1;
  // Top picks are options with a date: never one we can't confirm, nor heavy treatment close to the event.
  const candidates = ranked.filter((option) => ['fits', 'near_miss'].includes(option.section) && !option.notTopPick);
  const topPicks = candidates.slice(0, TOP_PICKS).map((option) => option.slug);
  const daysUntilEvent = params.eventDate ? daysBetween(today, params.eventDate) : null;
  const bySlug = new Map(procedures.map((procedure) => [procedure.slug, procedure]));
  const chosen = params.treatment.flatMap((slug) => bySlug.get(slug) ?? []);
  const treatment =
    params.eventDate && chosen.length >= 2
      ? planTreatment(chosen, { eventDate: params.eventDate, today, readiness: params.readiness })
      : null;
  const leadTimes = { leadDays: params.leadDays, surgeryLeadDays: params.surgeryLeadDays };
  return {
    today,
    timeZone: params.tz,
    safetyMarginDays: SAFETY_MARGIN_DAYS,
    daysUntilEvent,
    notices: [
      ...(options.notices ?? []),
      ...eventNotices(params.eventDate, today, params.tz),
      ...treatmentNotices(params, new Set(bySlug.keys())),
    ],
    needsDate,
    options: ranked,
    counts,
    others: procedures.filter((procedure) => !isForWish(procedure, params)).map(({ slug, name }) => ({ slug, name })),
    leadTimes,
    nothingFits: params.eventDate
      ? nothingFitsText({ counts, options: ranked, daysUntilEvent, leadTimes, safetyMarginDays: SAFETY_MARGIN_DAYS }, params.eventDate)
      : null,
    topPicks,
    compareHref: topPicks.length >= MIN_COMPARE ? compareHref(topPicks) : null,
    withoutDateHref:
      daysUntilEvent !== null && daysUntilEvent <= 0 ? `/plan${toPlanSearchString({ ...params, eventDate: undefined })}` : null,
    treatment,
  };
}
