import type {
  Anesthesia,
  BodyArea,
  Category,
  Concern,
  CostBasis,
  CostUnit,
  FdaStatus,
  Invasiveness,
  RiskLevel,
  SourceKind,
  Specialty,
} from './constants';

// Human wording for the allow-listed values. Pure data: used by pages, the API and tests.

export const CATEGORY_LABELS: Record<Category, string> = {
  neuromodulator: 'Neuromodulator (wrinkle relaxer)',
  dermal_filler: 'Dermal filler',
  laser_light: 'Laser / light',
  chemical_peel: 'Chemical peel',
  skin_resurfacing: 'Skin resurfacing / microneedling',
  body_contouring: 'Body contouring / skin tightening',
  thread_lift: 'Thread lift',
  surgery: 'Surgery',
  other_injectable: 'Other injectable (PRP, sclerotherapy)',
};

export const SPECIALTY_LABELS: Record<Specialty, string> = {
  cosmetic_dermatology: 'Cosmetic dermatology',
  plastic_surgery: 'Plastic surgery',
};

export const INVASIVENESS_LABELS: Record<Invasiveness, string> = {
  non_invasive: 'Non-invasive',
  minimally_invasive: 'Minimally invasive',
  surgical: 'Surgical',
};

export const ANESTHESIA_LABELS: Record<Anesthesia, string> = {
  none: 'None',
  topical: 'Numbing cream',
  local: 'Local anesthesia',
  sedation: 'Sedation',
  general: 'General anesthesia',
};

export const RISK_LABELS: Record<RiskLevel, string> = {
  low: 'Low risk',
  moderate: 'Moderate risk',
  high: 'Higher risk',
};

export const FDA_STATUS_LABELS: Record<FdaStatus, string> = {
  approved: 'FDA-approved for this use',
  cleared: 'FDA-cleared device',
  off_label: 'Off-label use of an approved product',
  not_applicable: 'A technique, not an FDA-regulated product',
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  professional_society: 'Professional society',
  government_health_service: 'Government health service',
  academic_medical_centre: 'Academic medical centre',
  peer_reviewed: 'Peer-reviewed article',
  fda: 'FDA label or decision',
  statistics_report: 'Statistics report',
  copy: 'Copy of another source',
  commercial_cost_survey: 'Commercial cost survey (a lender’s national survey)',
  physician_practice: 'Physician practice page (weaker evidence)',
};

export const COST_BASIS_LABELS: Record<CostBasis, string> = {
  surgeon_fee: "Surgeon's fee only",
  physician_fee: "Physician's fee only",
  total_price: 'Total price',
};

/** What a fee of each basis means for the bill, in plain words, beside every fee. */
export const COST_BASIS_TOTAL_NOTES: Record<CostBasis, string | null> = {
  surgeon_fee: 'Your total will be higher: anesthesia, facility and other costs are extra.',
  physician_fee: 'Your total may be higher: products, facility and follow-up visits can be extra.',
  total_price: null,
};

export const COST_UNIT_LABELS: Record<CostUnit, string> = {
  per_session: 'per session',
  per_area: 'per area',
  per_procedure: 'per procedure',
  per_syringe: 'per syringe',
};

/** The text with its first letter upper-case: a phrase made to sit mid-sentence, starting a line. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function humanize(value: Concern | BodyArea | string): string {
  return capitalize(value.replace(/_/g, ' '));
}

/** A unit as [singular, plural], or one word for both ("min"). */
export type RangeUnit = string | readonly [one: string, many: string];

/**
 * The one way a range is written: "7–14 days", "1 day", "$100–$200", "$150". Equal ends are one
 * number; the unit is singular only for exactly one.
 */
export function formatRange(min: number, max: number, unit?: RangeUnit, format: (n: number) => string = String): string {
  const numbers = min === max ? format(max) : `${format(min)}–${format(max)}`;
  if (unit === undefined) return numbers;
  const word = typeof unit === 'string' ? unit : min === max && max === 1 ? unit[0] : unit[1];
  return `${numbers} ${word}`;
}

export function formatDayRange(range: { min: number; max: number } | null): string {
  if (!range) return 'Not reported';
  if (range.max === 0) return 'Same day';
  return formatRange(range.min, range.max, ['day', 'days']);
}

/** Time off work as a phrase: "back to normal the same day" or "10–14 days off work"; null when not reported. */
export function describeTimeOff(range: { min: number; max: number } | null): string | null {
  if (!range) return null;
  return range.max === 0 ? 'back to normal the same day' : `${formatDayRange(range)} off work`;
}

export function formatUsd(value: number): string {
  return `$${value.toLocaleString('en-US')}`;
}
