import { INVASIVENESS, RISK_LEVELS, SPECIALTIES, type Invasiveness, type RiskLevel, type Specialty } from '../constants';
import type { ProcedureCard } from '../catalog/view';

// Figures for the landing guide ("cosmetic dermatology or plastic surgery?"), computed from the
// catalog rather than written by hand, so the guide cannot drift from the data it introduces.
// Recovery means downtime (back to work and social life), the one definition the catalog uses.
// Figures only use entries that report one; the guide says how many that is.

export type GuideInput = Pick<ProcedureCard, 'specialty' | 'invasiveness' | 'riskLevel' | 'recoveryDays' | 'results'>;

export type Share<T extends string> = { value: T; count: number; share: number };

export type RecoveryStats = {
  /** Entries that report a recovery range (the others are "not reported", not zero). */
  reported: number;
  medianMaxDays: number | null;
  shortestMaxDays: number | null;
  longestMaxDays: number | null;
  /** Reported entries whose longest time off work is a week or less. */
  withinWeek: number;
};

export type ResultsStats = {
  /** Entries that report how long results last, as months or as long-lasting. */
  reported: number;
  longLasting: number;
  /** Median of the longest months reported, over entries that give months. */
  medianMaxMonths: number | null;
};

export type SpecialtyStats = {
  specialty: Specialty;
  count: number;
  recovery: RecoveryStats;
  results: ResultsStats;
  invasiveness: Share<Invasiveness>[];
  risk: Share<RiskLevel>[];
};

export type GuideStats = { total: number; specialties: SpecialtyStats[] };

/** Median of a list of numbers (mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

function sharesOf<T extends string>(allowed: readonly T[], values: readonly T[]): Share<T>[] {
  return allowed.map((value) => {
    const count = values.filter((v) => v === value).length;
    return { value, count, share: values.length === 0 ? 0 : count / values.length };
  });
}

export function getRecoveryStats(entries: readonly GuideInput[]): RecoveryStats {
  const maxDays = entries.flatMap((entry) => (entry.recoveryDays ? [entry.recoveryDays.max] : []));
  return {
    reported: maxDays.length,
    medianMaxDays: median(maxDays),
    shortestMaxDays: maxDays.length ? Math.min(...maxDays) : null,
    longestMaxDays: maxDays.length ? Math.max(...maxDays) : null,
    withinWeek: maxDays.filter((days) => days <= 7).length,
  };
}

export function getResultsStats(entries: readonly GuideInput[]): ResultsStats {
  const longLasting = entries.filter((entry) => entry.results?.permanent).length;
  const months = entries.flatMap((entry) => {
    const max = entry.results && !entry.results.permanent ? (entry.results.maxMonths ?? entry.results.minMonths) : null;
    return max === null ? [] : [max];
  });
  return { reported: longLasting + months.length, longLasting, medianMaxMonths: median(months) };
}

export function getGuideStats(cards: readonly GuideInput[]): GuideStats {
  return {
    total: cards.length,
    specialties: SPECIALTIES.map((specialty) => {
      const entries = cards.filter((card) => card.specialty === specialty);
      return {
        specialty,
        count: entries.length,
        recovery: getRecoveryStats(entries),
        results: getResultsStats(entries),
        invasiveness: sharesOf(
          INVASIVENESS,
          entries.map((entry) => entry.invasiveness),
        ),
        risk: sharesOf(
          RISK_LEVELS,
          entries.map((entry) => entry.riskLevel),
        ),
      };
    }),
  };
}

/** "40%": whole percentages read faster than fractions, and the counts are shown alongside. */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}
