import type { TimingProcedure } from './types';

// Our rule, not a medical figure: a consultation comes before any treatment, and surgery also
// needs pre-operative visits, so nothing is "ready in time" if it would have to be booked sooner
// than this many days from today. Both are settings in /plan's URL.

export const DEFAULT_LEAD_DAYS = 7;
export const DEFAULT_SURGERY_LEAD_DAYS = 21;

export type LeadTimes = { leadDays?: number | undefined; surgeryLeadDays?: number | undefined };

export function isSurgery(procedure: Pick<TimingProcedure, 'invasiveness' | 'category'>): boolean {
  return procedure.invasiveness === 'surgical' || procedure.category === 'surgery';
}

/** Surgery, or ablative or deep resurfacing: never a top pick for a near event. */
export function isHeavyProcedure(procedure: Pick<TimingProcedure, 'invasiveness' | 'category' | 'deepResurfacing'>): boolean {
  return isSurgery(procedure) || procedure.deepResurfacing;
}

export function leadDaysFor(procedure: Pick<TimingProcedure, 'invasiveness' | 'category'>, lead: LeadTimes = {}): number {
  return isSurgery(procedure) ? (lead.surgeryLeadDays ?? DEFAULT_SURGERY_LEAD_DAYS) : (lead.leadDays ?? DEFAULT_LEAD_DAYS);
}
