'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useTransition, type FormEvent, type ReactNode } from 'react';
import { applyFilterFormState, getQueryFromForm, type FilterFormState } from '@/lib/procedures/list/filter-form-state';
import type { UrlShape } from '@/lib/procedures/list/query-string';

export type FilterFormProps = {
  /** Where the form navigates: a plain GET to this path without JavaScript. */
  action: string;
  /** Canonical query of the view on screen, to skip navigations that would change nothing. */
  query: string;
  /** The list URL's plain shape, to write the form's canonical query in the browser. */
  url: UrlShape;
  /** What each input should show for the view on screen (re-applied on back/forward). */
  state: FilterFormState;
  /** Read out after each update, e.g. "12 procedures match these filters." */
  resultText: string;
  className?: string;
  children: ReactNode;
};

// Typing in a text or number field waits for a pause instead of navigating on every key.
const TYPING_DELAY_MS = 450;

function isTypedField(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement && ['text', 'search', 'number'].includes(target.type);
}

/**
 * Progressive enhancement of the filter form: without JavaScript it is a GET form with an
 * Apply button; with it, every change updates the URL (the single source of truth) in place.
 */
export function FilterForm({ action, query, url, state, resultText, className, children }: FilterFormProps) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const typingTimer = useRef<number | undefined>(undefined);
  const [isPending, startTransition] = useTransition();
  const stateKey = JSON.stringify(state);

  useEffect(() => {
    if (formRef.current) applyFilterFormState(formRef.current, JSON.parse(stateKey) as FilterFormState);
  }, [stateKey]);

  useEffect(() => () => window.clearTimeout(typingTimer.current), []);

  function navigate() {
    window.clearTimeout(typingTimer.current);
    const form = formRef.current;
    if (!form) return;
    const next = getQueryFromForm(new FormData(form), url);
    if (next === query) return;
    startTransition(() => {
      router.push(`${action}${next}`, { scroll: false });
    });
  }

  function handleChange(event: FormEvent<HTMLFormElement>) {
    if (isTypedField(event.target)) {
      window.clearTimeout(typingTimer.current);
      typingTimer.current = window.setTimeout(navigate, TYPING_DELAY_MS);
    } else {
      navigate();
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate();
  }

  return (
    <form
      ref={formRef}
      action={action}
      method="get"
      onChange={handleChange}
      onSubmit={handleSubmit}
      aria-busy={isPending}
      className={className}
    >
      {children}
      <p aria-live="polite" className="sr-only" data-testid="filter-announcer">
        {isPending ? 'Updating results…' : resultText}
      </p>
    </form>
  );
}
