import { formatShortDate } from '@/lib/planner/dates';
import type { PlanParams } from '@/lib/planner/schema';
import { humanize } from '@/lib/procedures/labels';

const READY_WORDS = { presentable: 'looks normal', healed: 'fully healed' } as const;

/** The plan in one line, e.g. "December 27 · wrinkles · looks normal", for the collapsed form. */
export function planLine(params: PlanParams): string {
  const parts = [
    params.eventDate ? formatShortDate(params.eventDate) : null,
    params.concern.length > 0 ? params.concern.map((concern) => humanize(concern).toLowerCase()).join(', ') : null,
    params.area.length > 0 ? params.area.map((area) => humanize(area).toLowerCase()).join(', ') : null,
    READY_WORDS[params.readiness],
    params.downtimeDays === undefined ? null : `${params.downtimeDays} days off`,
  ];
  return parts.filter((part): part is string => part !== null).join(' · ');
}
