import type { FormEvent, ReactNode } from 'react';
import { focusRing, primaryButton } from '@/components/ui/styles';

export type EventDateFormProps = {
  /** Unique on the page: the date input's id. */
  id: string;
  label: string;
  /** Settings carried into /plan with the date (a concern, a procedure). */
  hidden?: Record<string, string>;
  button?: string;
  /** Only from a client component: handle the date in place instead of opening /plan. */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  children?: ReactNode;
};

/**
 * "I have an event on [date]": a plain GET form into /plan, landing on the results. Server markup
 * only, so it costs cached catalog pages no script, and it works without JavaScript.
 */
export function EventDateForm({ id, label, hidden = {}, button = 'See what will be ready', onSubmit, children }: EventDateFormProps) {
  return (
    <form action="/plan#plan-results" method="get" onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" data-event-date-form="">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-slate-900">
          {label}
        </label>
        <input
          id={id}
          name="eventDate"
          type="date"
          required
          className={`mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 ${focusRing}`}
        />
      </div>
      <button type="submit" className={primaryButton}>
        {button}
      </button>
      {children}
    </form>
  );
}
