'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MAX_COMPARE, MIN_COMPARE, compareHref } from '@/lib/compare/url';
import { ERROR_MESSAGES } from '@/lib/bookmarks/messages';
import { primaryButton, secondaryButton } from '@/components/ui/styles';
import { treatmentHref, MAX_TREATMENT, MIN_TREATMENT } from '@/lib/planner/treatment-url';

export type ComparePickerProps = { formId: string; sort: string };

function tickedSlugs(form: HTMLFormElement): string[] {
  return new FormData(form).getAll('ids').filter((value): value is string => typeof value === 'string');
}

/**
 * "Compare these": a GET form whose checkboxes sit in the list items (form="…"). Without
 * JavaScript it goes to /bookmarks/compare, which checks the count and redirects. With it, the
 * count is shown as boxes are ticked and a valid choice navigates straight to /compare.
 */
export function ComparePicker({ formId, sort }: ComparePickerProps) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [count, setCount] = useState<number | null>(null);
  const [refusal, setRefusal] = useState('');

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    // The checkboxes are not inside the form element, so their change events never reach it.
    const update = (event?: Event) => {
      if (event && (event.target as HTMLInputElement | null)?.form !== form) return;
      setCount(tickedSlugs(form).length);
      setRefusal('');
    };
    update();
    document.addEventListener('change', update);
    return () => document.removeEventListener('change', update);
  }, []);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const slugs = tickedSlugs(event.currentTarget);
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value === 'plan') {
      if (slugs.length > MAX_TREATMENT) return setRefusal(ERROR_MESSAGES['plan-too-many']);
      if (slugs.length < MIN_TREATMENT) return setRefusal(ERROR_MESSAGES['compare-too-few']);
      return router.push(treatmentHref(slugs));
    }
    if (slugs.length > MAX_COMPARE) return setRefusal(ERROR_MESSAGES['compare-too-many']);
    if (slugs.length < MIN_COMPARE) return setRefusal(ERROR_MESSAGES['compare-too-few']);
    router.push(compareHref(slugs));
  }

  const over = count !== null && count > MAX_COMPARE;
  return (
    <form id={formId} ref={formRef} action="/bookmarks/compare" method="get" onSubmit={handleSubmit} className="space-y-2">
      <input type="hidden" name="sort" value={sort} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={`${primaryButton} min-h-11`}>
          Compare ticked
        </button>
        <button type="submit" name="then" value="plan" className={`${secondaryButton} min-h-11`}>
          Plan ticked as one treatment
        </button>
        <p className={`text-sm ${over ? 'font-medium text-red-800' : 'text-slate-700'}`} aria-live="polite">
          {count === null
            ? `Tick ${MIN_COMPARE} to ${MAX_COMPARE} procedures below.`
            : `${count} ticked · choose ${MIN_COMPARE} to ${MAX_COMPARE}${over ? ` (untick ${count - MAX_COMPARE})` : ''}`}
        </p>
      </div>
      <p role="alert" className={refusal ? 'text-sm font-medium text-red-800' : 'sr-only'}>
        {refusal}
      </p>
    </form>
  );
}
