import type { Outcome } from './types';

// Words every planner answer uses, kept apart from the checks so the timing (which also runs in
// the browser, on procedure pages) needs nothing else.

export type Finding = { outcome: Outcome; text: string };

/** "1 day", "3 days". */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function yourDaysOff(days: number): string {
  return days === 0 ? 'your plan of no time off' : `your ${plural(days, 'day')} off`;
}
