import { formatUsdRange } from '../catalog/cost-over-time';
import { COST_BASIS_TOTAL_NOTES, RISK_LABELS, capitalize, formatDayRange, formatRange, formatUsd } from '../labels';
import type { CostView, Milestone, ProcedureCard, ResultsView } from '../catalog/view';

// Display wording for the numbers on a procedure card. Pure, so the card, the detail page and
// tests agree. Unknowns are said out loud ("Not reported"): a blank would read as "none".

export const NOT_REPORTED = 'Not reported';

/** Results a source calls permanent, worded the same on cards, detail pages and compare. */
export const LONG_LASTING = 'Long-lasting';

/** Publishers we cite, short enough for a card: "ASPS 2018" instead of a press-release title. */
const SOURCE_ACRONYMS = ['ASPS', 'ASDS', 'AAD', 'AAFPRS', 'ISAPS', 'NHS', 'FDA'] as const;

export function getCostSourceShortName(cost: Pick<CostView, 'source' | 'year'>): string | null {
  const title = cost.source?.title ?? '';
  const acronym = SOURCE_ACRONYMS.find((name) => new RegExp(`\\b${name}\\b`).test(title));
  if (acronym) return cost.year ? `${acronym} ${cost.year}` : acronym;
  return cost.year ? String(cost.year) : null;
}

/**
 * "$1,200–$3,000 per treatment", "$3,518 average fee per procedure (ASPS 2018)", or "Not reported".
 * A range wins over an average because it shows the spread a visitor will actually meet.
 */
export function formatCost(cost: CostView | null): string {
  if (!cost) return NOT_REPORTED;
  const per = cost.per ? ` ${cost.per}` : '';
  const source = getCostSourceShortName(cost);
  const cite = source ? ` (${source})` : '';
  if (cost.lowUsd !== null && cost.highUsd !== null) return `${formatRange(cost.lowUsd, cost.highUsd, undefined, formatUsd)}${per}${cite}`;
  if (cost.lowUsd !== null) return `From ${formatUsd(cost.lowUsd)}${per}${cite}`;
  if (cost.averageUsd !== null) return `${formatUsd(cost.averageUsd)} average fee${per}${cite}`;
  return NOT_REPORTED;
}

/** What a quoted fee leaves out, worded as a sentence whether or not the source said "excludes". */
export function formatCostExcludes(cost: Pick<CostView, 'excludes'> | null): string | null {
  const text = cost?.excludes?.trim();
  if (!text) return null;
  if (/exclud|only|not includ/i.test(text)) return text;
  // "ASPS average fee…" keeps its acronym: only a capitalised word is lowered.
  const first = /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() : text.charAt(0);
  return `Excludes ${first}${text.slice(1)}`;
}

/**
 * Everything to know beside a fee, in plain words: what the bill adds, what the source's own
 * wording says it leaves out, and the source's row where it covers more than this procedure.
 */
export function formatCostNote(cost: Pick<CostView, 'excludes' | 'basis' | 'scope'> | null): string | null {
  if (!cost) return null;
  const parts = [cost.basis ? COST_BASIS_TOTAL_NOTES[cost.basis] : null, formatCostExcludes(cost), cost.scope].filter(
    (part): part is string => Boolean(part),
  );
  return parts.length === 0 ? null : parts.map((part) => (/[.!?]$/.test(part) ? part : `${part}.`)).join(' ');
}

function formatMonthCount(months: number): string {
  // Sources give results in months; under one month reads better in weeks.
  if (months < 1) {
    const weeks = Math.max(1, Math.round(months * 4.345));
    return `${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
  }
  const rounded = Math.round(months * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'month' : 'months'}`;
}

/** One decimal: medians of the catalog's figures ("4.5 days"). */
function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A typical (median) time off: "Same day", "1 day", "4.5 days", or "Not reported". */
export function formatTypicalDays(days: number | null): string {
  if (days === null) return NOT_REPORTED;
  if (days === 0) return 'Same day';
  const rounded = oneDecimal(days);
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}

/** A typical (median) duration of results: "8 months", or in years from two years up ("2.5 years"). */
export function formatTypicalMonths(months: number | null): string {
  if (months === null) return NOT_REPORTED;
  if (months >= 24) return `${oneDecimal(months / 12)} years`;
  const rounded = oneDecimal(months);
  return `${rounded} ${rounded === 1 ? 'month' : 'months'}`;
}

/** Whole or half years, for spans of two years and more ("10–15 years" reads better than months). */
function inYears(months: number): number {
  return Math.round((months / 12) * 2) / 2;
}

/** "3–4 months", "10–15 years", "Long-lasting", "Up to 6 months", or "Not reported". */
export function formatResults(results: ResultsView | null): string {
  if (!results) return NOT_REPORTED;
  const { minMonths: min, maxMonths: max } = results;
  if (results.permanent) return LONG_LASTING;
  if (max !== null && max >= 24 && (min === null || min >= 12)) {
    const top = `${inYears(max)} years`;
    if (min === null) return `Up to ${top}`;
    return inYears(min) === inYears(max) ? top : `${inYears(min)}–${top}`;
  }
  if (min !== null && max !== null) {
    if (min === max) return formatMonthCount(max);
    if (min >= 1) return `${Math.round(min * 10) / 10}–${formatMonthCount(max)}`;
    return `${formatMonthCount(min)} to ${formatMonthCount(max)}`;
  }
  if (max !== null) return `Up to ${formatMonthCount(max)}`;
  if (min !== null) return `At least ${formatMonthCount(min)}`;
  return NOT_REPORTED;
}

/** "1 session", "4–6 sessions", or "Not reported". */
export function formatSessions(sessions: { min: number; max: number } | null): string {
  if (!sessions) return NOT_REPORTED;
  return formatRange(sessions.min, sessions.max, ['session', 'sessions']);
}

/** "30–60 minutes", "2–5 hours" or "Not reported". */
export function formatDuration(minutes: { min: number; max: number } | null): string {
  if (!minutes) return NOT_REPORTED;
  const inHours = minutes.min >= 60 && minutes.max >= 120;
  const scale = (n: number) => (inHours ? Math.round((n / 60) * 10) / 10 : n);
  return formatRange(scale(minutes.min), scale(minutes.max), inHours ? ['hour', 'hours'] : ['minute', 'minutes']);
}

/**
 * A span of days in the unit people plan with: "7–14 days", "6–8 weeks", "6 months", "5–6 years".
 * Used for milestones, which run from "the next day" to "years later".
 */
export function formatTimespan(minDays: number, maxDays: number): string {
  const span = (min: number, max: number, unit: string) => formatRange(min, max, [unit, `${unit}s`]);
  if (maxDays === 0) return 'Same day';
  if (maxDays >= 365) return span(Math.round((minDays / 365) * 2) / 2, Math.round((maxDays / 365) * 2) / 2, 'year');
  if (maxDays >= 60) return span(Math.round(minDays / 30.44), Math.round(maxDays / 30.44), 'month');
  if (maxDays >= 21 && minDays % 7 === 0 && maxDays % 7 === 0) return span(minDays / 7, maxDays / 7, 'week');
  return span(minDays, maxDays, 'day');
}

/** A long date in plain English, read as a calendar date (no time-zone shift). */
export function formatIsoDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

const META_DESCRIPTION_MAX = 160;

/** A search-result snippet: the deciding facts we have first, then as much of the summary as fits. */
export function getMetaDescription(procedure: ProcedureCard): string {
  const recovery = formatDayRange(procedure.recoveryDays);
  const results = formatResults(procedure.results);
  const facts = [
    recovery === NOT_REPORTED ? null : `Recovery: ${recovery.toLowerCase()}`,
    results === NOT_REPORTED ? null : `results last ${results.toLowerCase()}`,
    RISK_LABELS[procedure.riskLevel].toLowerCase(),
  ].filter((fact): fact is string => fact !== null);
  const text = `${capitalize(facts.join(', '))}. ${procedure.summary}`.replace(/\s+/g, ' ').trim();
  if (text.length <= META_DESCRIPTION_MAX) return text;
  const cut = text.slice(0, META_DESCRIPTION_MAX - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:.]$/, '')}…`;
}

/** "Back to work: 1–2 days" (compare cells, the timeline and planner options). */
export function formatMilestone(milestone: Milestone): string {
  return `${milestone.label}: ${formatDayRange({ min: milestone.minDays, max: milestone.maxDays }).toLowerCase()}`;
}

/** The card's yearly line: calculated from sourced inputs, or why it can't be. */
export function formatCostPerYear(card: Pick<ProcedureCard, 'cost' | 'costPerYear'>): string {
  if (card.costPerYear) return `${formatUsdRange(card.costPerYear)} (calculated)`;
  return card.cost ? 'Not calculated: an input is not reported' : NOT_REPORTED;
}
