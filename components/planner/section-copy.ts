import { formatShortDate } from '@/lib/planner/dates';
import type { Section } from '@/lib/planner/types';

// Headings, badges and one-line explanations for the result sections, in ranking order.

export type SectionCopy = { title: string; badge: string; description: string; badgeTone: string };

export function getSectionCopy(section: Section, eventDate: string | undefined): SectionCopy {
  switch (section) {
    case 'fits':
      return {
        title: 'Fits your plan',
        badge: 'Fits',
        description: 'Everything you asked for that we can check fits. Read any “!” lines before booking.',
        badgeTone: 'bg-emerald-50 text-emerald-900 border-emerald-700',
      };
    case 'near_miss':
      return {
        title: 'Near misses',
        badge: 'Near miss',
        description: 'Close, but a little over on something you asked for. Shown so you can decide.',
        badgeTone: 'bg-amber-50 text-amber-950 border-amber-700',
      };
    case 'unconfirmed':
      return {
        title: 'Can’t confirm',
        badge: 'Can’t confirm',
        description: 'Our sources don’t report something we need to check (usually recovery time), so we can’t say these fit.',
        badgeTone: 'bg-slate-100 text-slate-800 border-slate-500',
      };
    case 'too_late':
      return {
        title: eventDate ? `Can’t be ready by ${formatShortDate(eventDate)}` : 'Can’t be ready in time',
        badge: 'Not ready in time',
        description: 'Even if done today, recovery, results and the safety margin would run past your date.',
        badgeTone: 'bg-red-50 text-red-900 border-red-700',
      };
    case 'does_not_fit':
      return {
        title: 'Doesn’t fit your plan',
        badge: 'Doesn’t fit',
        description: 'Ruled out by something you asked for; each says what.',
        badgeTone: 'bg-red-50 text-red-900 border-red-700',
      };
  }
}
