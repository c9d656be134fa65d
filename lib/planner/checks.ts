import { RISK_LEVELS, type RiskLevel } from '@/lib/procedures/constants';
import { formatResults } from '@/lib/procedures/figures/card-format';
import { ANESTHESIA_LABELS, formatDayRange, formatRange, formatUsd, humanize } from '@/lib/procedures/labels';
import { costOverTimeOf } from '@/lib/procedures/catalog/cost-inputs';
import { formatUsdRange } from '@/lib/procedures/catalog/cost-over-time';
import { NEAR_MISS_BUDGET_RATIO, NEAR_MISS_DOWNTIME_DAYS, NEAR_MISS_RESULTS_RATIO, type BudgetBasis } from './constants';
import type { PlanParams } from './schema';
import type { PlannerProcedure } from './types';
import { plural, yourDaysOff, type Finding } from './words';

// One check per constraint (timing lives in timing.ts). Each returns what it found as a plain
// sentence, or null when the visitor did not ask about that constraint. rank.ts decides what the
// outcomes add up to; these functions only describe one option against one wish.

export type { Finding } from './words';

function recoveryPhrase(range: { min: number; max: number }): string {
  return range.max === 0 ? 'Same-day recovery' : `Recovery ${formatDayRange(range)}`;
}

function joinWords(values: string[], conjunction: 'and' | 'or'): string {
  const words = values.map((value) => humanize(value).toLowerCase());
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}

export function checkDowntime(procedure: PlannerProcedure, params: PlanParams): Finding | null {
  const days = params.downtimeDays;
  const range = procedure.recoveryDays;
  if (!range) {
    // With an event date the timing check says this (days off included); once is enough.
    if (params.eventDate) return null;
    if (days !== undefined) {
      return { outcome: 'unknown', text: `Recovery not reported by our sources: can't confirm it fits ${yourDaysOff(days)}` };
    }
    return { outcome: 'unknown', text: "Recovery not reported by our sources: can't confirm how much time off it needs" };
  }
  if (days === undefined) return null;
  const over = range.max - days;
  if (over <= 0) return { outcome: 'pass', text: `${recoveryPhrase(range)} fits ${yourDaysOff(days)}` };
  if (over <= NEAR_MISS_DOWNTIME_DAYS) {
    const may = range.min <= days ? 'may need up to' : 'needs';
    return { outcome: 'near', text: `${recoveryPhrase(range)}: ${may} ${plural(over, 'day')} more than ${yourDaysOff(days)}` };
  }
  return { outcome: 'fail', text: `${recoveryPhrase(range)}: up to ${plural(over, 'day')} more than ${yourDaysOff(days)}` };
}

type Price = { typical: number; high: number; text: string };

/** The price the budget is compared with, on the basis the visitor chose, or why there is none. */
function priceFor(procedure: PlannerProcedure, basis: BudgetBasis): Price | { missing: string } {
  if (basis === 'visit') {
    const cost = procedure.cost;
    const typical = cost?.typicalUsd ?? null;
    if (!cost || typical === null) return { missing: 'Cost not reported by our sources' };
    const high = cost.highUsd ?? typical;
    const text =
      cost.lowUsd !== null && high > cost.lowUsd
        ? formatRange(cost.lowUsd, high, undefined, formatUsd)
        : cost.lowUsd === null
          ? `about ${formatUsd(typical)} on average`
          : formatUsd(typical);
    return { typical, high, text };
  }
  const costs = costOverTimeOf(procedure);
  const derived = basis === 'course' ? costs.perCourse : costs.perYear;
  const what = basis === 'course' ? 'Cost of a course' : 'Cost of a year of results';
  if (!derived.computed) return { missing: `${what} can't be calculated: ${derived.missing}` };
  return {
    typical: derived.range.lowUsd,
    high: derived.range.highUsd,
    text: `${formatUsdRange(derived.range)} ${basis === 'course' ? 'a course' : 'a year'} (calculated from ${derived.formula})`,
  };
}

export function checkBudget(procedure: PlannerProcedure, params: PlanParams): Finding | null {
  const budget = params.budgetMax;
  if (budget === undefined) return null;
  const basis = params.budgetPer ?? 'visit';
  const budgetText = `your ${formatUsd(budget)} budget${basis === 'visit' ? '' : basis === 'course' ? ' for a course' : ' a year'}`;
  const price = priceFor(procedure, basis);
  if ('missing' in price) return { outcome: 'caution', text: `${price.missing}: can't check it against ${budgetText}` };
  const { typical, high, text } = price;
  if (high <= budget) return { outcome: 'pass', text: `Costs ${text}, within ${budgetText}` };
  if (typical <= budget) return { outcome: 'caution', text: `Costs ${text}: the top of that range is over ${budgetText}` };
  if (typical <= budget * (1 + NEAR_MISS_BUDGET_RATIO)) {
    return { outcome: 'near', text: `Costs ${text}: ${formatUsd(typical - budget)} more than ${budgetText}` };
  }
  return { outcome: 'fail', text: `Costs ${text}: more than ${budgetText}` };
}

export function checkSurgery(procedure: PlannerProcedure, params: PlanParams): Finding | null {
  if (!params.noSurgery) return null;
  const surgical = procedure.invasiveness === 'surgical' || procedure.category === 'surgery';
  return surgical ? { outcome: 'fail', text: 'Surgery, which you chose to avoid' } : { outcome: 'pass', text: 'Not surgery' };
}

export function checkAnesthesia(procedure: PlannerProcedure, params: PlanParams): Finding | null {
  if (!params.noGeneral) return null;
  const kinds = procedure.anesthesia;
  if (kinds.length === 0) {
    return { outcome: 'unknown', text: "Anesthesia not reported by our sources: can't confirm it avoids general anesthesia" };
  }
  if (kinds.every((kind) => kind === 'general')) return { outcome: 'fail', text: 'Needs general anesthesia' };
  if (kinds.includes('general')) {
    return {
      outcome: 'caution',
      text: 'Sometimes done under general anesthesia: ask whether local anesthesia or sedation is an option for you',
    };
  }
  const how = kinds.map((kind) => (kind === 'none' ? 'no anesthesia' : ANESTHESIA_LABELS[kind].toLowerCase()));
  return { outcome: 'pass', text: `Done without general anesthesia (${how.join(' or ')})` };
}

const RISK_WORDS: Record<RiskLevel, string> = { low: 'Low', moderate: 'Moderate', high: 'Higher' };

export function checkRisk(procedure: PlannerProcedure, params: PlanParams): Finding | null {
  const limit = params.maxRisk;
  // The top level allows everything: saying "within your limit" on every option would be noise.
  if (!limit || limit === RISK_LEVELS.at(-1)) return null;
  const within = RISK_LEVELS.indexOf(procedure.riskLevel) <= RISK_LEVELS.indexOf(limit);
  const level = RISK_WORDS[procedure.riskLevel];
  const limitText = `the ${RISK_WORDS[limit].toLowerCase()}-risk limit you chose`;
  return within
    ? { outcome: 'pass', text: `${level} risk: within ${limitText}` }
    : { outcome: 'fail', text: `${level} risk: above ${limitText}` };
}

export function checkConcerns(procedure: PlannerProcedure, params: PlanParams): Finding | null {
  if (params.concern.length === 0) return null;
  const matched = params.concern.filter((concern) => procedure.concerns.includes(concern));
  if (matched.length > 0) return { outcome: 'pass', text: `Treats ${joinWords(matched, 'and')}` };
  const asked = params.concern.length > 3 ? 'any of the concerns you chose' : joinWords(params.concern, 'or');
  return { outcome: 'fail', text: `Doesn't treat ${asked}` };
}

export function checkAreas(procedure: PlannerProcedure, params: PlanParams): Finding | null {
  if (params.area.length === 0) return null;
  const matched = params.area.filter((area) => procedure.bodyAreas.includes(area));
  if (matched.length > 0) return { outcome: 'pass', text: `Used on the ${joinWords(matched, 'and')}` };
  const asked = params.area.length > 3 ? 'any of the areas you chose' : `the ${joinWords(params.area, 'or')}`;
  return { outcome: 'fail', text: `Not used on ${asked}` };
}

export function checkResults(procedure: PlannerProcedure, params: PlanParams): Finding | null {
  const wanted = params.minResultsMonths;
  if (wanted === undefined) return null;
  const results = procedure.results;
  if (results?.permanent) return { outcome: 'pass', text: 'Long-lasting results' };
  const min = results?.minMonths ?? null;
  const max = results?.maxMonths ?? null;
  const wantedText = `the ${plural(wanted, 'month')} you want`;
  if (!results || (min === null && max === null)) {
    return { outcome: 'caution', text: `How long results last is not reported by our sources: can't check ${wantedText}` };
  }
  const lasts = `Results last ${formatResults(results).toLowerCase()}`;
  if (min !== null && min >= wanted) return { outcome: 'pass', text: `${lasts}: at least ${wantedText}` };
  if (max === null) return { outcome: 'caution', text: `${lasts}: can't confirm they last ${wantedText}` };
  if (max >= wanted) return { outcome: 'near', text: `${lasts}: may not last ${wantedText}` };
  if (max >= wanted * NEAR_MISS_RESULTS_RATIO) return { outcome: 'near', text: `${lasts}: a little short of ${wantedText}` };
  return { outcome: 'fail', text: `${lasts}: shorter than ${wantedText}` };
}
