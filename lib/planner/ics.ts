import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDays, formatLongDate } from './dates';
import { describeTotal } from './timing';
import type { TreatmentPlan } from './treatment';

// The treatment plan's booking deadlines as an iCalendar file, written by the maintained `ics`
// generator: one all-day entry per latest session date, and the event itself.

const PRODUCT_ID = 'procedure-compare/treatment-plan';

function day(iso: string): DateArray {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

function allDay(iso: string, title: string, description: string, uid: string): EventAttributes {
  return { start: day(iso), end: day(addDays(iso, 1)), title, description, uid, productId: PRODUCT_ID, calName: 'Treatment plan' };
}

export function treatmentCalendar(plan: TreatmentPlan): { ok: true; text: string } | { ok: false; message: string } {
  const events: EventAttributes[] = plan.steps.flatMap((step) =>
    step.sessionDates.map((date, index) => {
      const which = step.sessionDates.length > 1 ? ` session ${index + 1} of ${step.sessionDates.length}` : '';
      return allDay(
        date,
        `Latest day: ${step.name}${which}`,
        `Book ${step.name} for this day at the latest to be ready by ${formatLongDate(plan.eventDate)}. Allows ${describeTotal(step.timing)}. Information, not medical advice: confirm timing with a board-certified provider.`,
        `${step.slug}-${index + 1}-${plan.eventDate}@procedure-compare`,
      );
    }),
  );
  events.push(
    allDay(plan.eventDate, 'Your event', 'The date your treatment plan works towards.', `event-${plan.eventDate}@procedure-compare`),
  );
  const { error, value } = createEvents(events);
  return error || !value ? { ok: false, message: error?.message ?? 'Could not write the calendar' } : { ok: true, text: value };
}
