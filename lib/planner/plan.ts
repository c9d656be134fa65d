import { MIN_COMPARE } from '@/lib/compare/limits';
import { compareHref } from '@/lib/compare/url';
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
  options: RankedOption[];
  counts: Record<Section, number>;
  /** Up to three of the best options that are not ruled out, for /compare. */
  topPicks: string[];
  compareHref: string | null;
  /** When the event date is today or has passed: the same plan without it, as a way out. */
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
        message: `${formatLongDate(eventDate)} has already passed: ${todayText}. Nothing can be done before it, so no option is shown as ready in time. Choose a later date, or clear it to rank without one`,
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

export function createPlan(
  procedures: readonly PlannerProcedure[],
  params: PlanParams,
  options: { now: Date; notices?: PlanNotice[] },
): Plan {
  const today = todayInTimeZone(options.now, params.tz);
  const ranked = rankProcedures(procedures, params, today);
  const counts = Object.fromEntries(SECTIONS.map((section) => [section, 0])) as Record<Section, number>;
  for (const option of ranked) counts[option.section] += 1;
  const candidates = ranked.filter((option) => ['fits', 'near_miss', 'unconfirmed'].includes(option.section));
  const topPicks = candidates.slice(0, TOP_PICKS).map((option) => option.slug);
  const daysUntilEvent = params.eventDate ? daysBetween(today, params.eventDate) : null;
  const bySlug = new Map(procedures.map((procedure) => [procedure.slug, procedure]));
  const chosen = params.treatment.flatMap((slug) => bySlug.get(slug) ?? []);
  const treatment =
    params.eventDate && chosen.length >= 2
      ? planTreatment(chosen, { eventDate: params.eventDate, today, readiness: params.readiness })
      : null;
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
    options: ranked,
    counts,
    topPicks,
    compareHref: topPicks.length >= MIN_COMPARE ? compareHref(topPicks) : null,
    withoutDateHref:
      daysUntilEvent !== null && daysUntilEvent <= 0 ? `/plan${toPlanSearchString({ ...params, eventDate: undefined })}` : null,
    treatment,
  };
}
