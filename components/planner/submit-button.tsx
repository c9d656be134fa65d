'use client';

import { useEffect, useRef, useState } from 'react';
import { primaryButton } from '@/components/ui/styles';

/**
 * The form's submit button, which says when the plan is being worked out. /plan has no
 * loading.tsx on purpose: its streamed Suspense content stays hidden without JavaScript, and the
 * form must work without it. The form remounts for each new URL, which resets this state.
 */
export function SubmitButton() {
  const ref = useRef<HTMLButtonElement>(null);
  const [pending, setPending] = useState(false);
  useEffect(() => {
    const form = ref.current?.form;
    if (!form) return;
    const onSubmit = () => setPending(true);
    form.addEventListener('submit', onSubmit);
    return () => form.removeEventListener('submit', onSubmit);
  }, []);
  return (
    <>
      <button ref={ref} type="submit" className={primaryButton} aria-describedby="plan-submit-status">
        Show my options
      </button>
      <span id="plan-submit-status" role="status" className="order-last self-center text-sm text-slate-700">
        {pending ? 'Working out your options…' : ''}
      </span>
    </>
  );
}
