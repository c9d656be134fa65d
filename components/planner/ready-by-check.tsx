'use client';

import { useState, type FormEvent } from 'react';
import { formatLongDate, isCalendarDate, todayInTimeZone } from '@/lib/planner/dates';
import { checkTiming } from '@/lib/planner/timing';
import type { TimingProcedure } from '@/lib/planner/types';
import { EventDateForm } from './event-date-form';

export type ReadyByCheckProps = { slug: string; procedure: TimingProcedure };

/**
 * "Will it be ready by my date?" on a procedure page. With JavaScript the answer appears in place,
 * worked out in the browser by the planner's own timing (the date never leaves the browser);
 * without it the form opens /plan with this procedure answered first.
 */
export function ReadyByCheck({ slug, procedure }: ReadyByCheckProps) {
  const [answer, setAnswer] = useState('');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    const eventDate = String(new FormData(form).get('eventDate') ?? '');
    if (!isCalendarDate(eventDate)) return;
    event.preventDefault();
    const today = todayInTimeZone(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
    const { findings } = checkTiming(procedure, { eventDate, downtimeDays: undefined }, today);
    setAnswer(`For ${formatLongDate(eventDate)}: ${findings.map((finding) => finding.text).join('. ')}.`);
  };
  return (
    <section aria-labelledby="ready-by-heading" className="rounded-lg border border-brand-100 bg-brand-50 p-4">
      <h2 id="ready-by-heading" className="text-lg font-semibold text-slate-900">
        Will it be ready by my date?
      </h2>
      <div className="mt-2">
        <EventDateForm id="ready-by-date" label="Your event date" hidden={{ procedure: slug }} button="Check" onSubmit={onSubmit} />
      </div>
      <p role="status" className="mt-2 text-sm text-slate-900" data-ready-by-answer="">
        {answer}
      </p>
    </section>
  );
}
