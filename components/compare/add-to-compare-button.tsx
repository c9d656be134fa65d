'use client';

import { useId, useState } from 'react';
import { MAX_COMPARE } from '@/lib/compare/limits';
import { addToTray, removeFromTray } from '@/lib/compare/tray-store';
import { useCompareTray } from '@/lib/compare/use-compare-tray';
import { focusRingDark } from '@/components/ui/styles';

export type AddToCompareButtonProps = { slug: string; name: string; className?: string };

/**
 * Adds a procedure to the compare tray, or takes it out again. The procedure's name is in the
 * accessible name ("Add Botox to compare") so a list of cards does not read as a list of
 * identical buttons.
 */
export function AddToCompareButton({ slug, name, className = '' }: AddToCompareButtonProps) {
  const items = useCompareTray();
  const [refusal, setRefusal] = useState('');
  const messageId = useId();
  const hydrated = items !== null;
  const inTray = items?.some((item) => item.slug === slug) ?? false;
  // The refusal stops being true once a place frees up (here or in another tab): drop it then,
  // during render, so it cannot come back by itself when the tray fills up again.
  if (refusal && !(items && items.length >= MAX_COMPARE && !inTray)) setRefusal('');

  function toggle() {
    if (inTray) {
      removeFromTray(slug);
      setRefusal('');
      return;
    }
    const result = addToTray({ slug, name });
    setRefusal(result.ok ? '' : `You can compare up to ${MAX_COMPARE} procedures. Remove one from the compare tray to add ${name}.`);
  }

  return (
    <span className={`no-print inline-flex flex-col items-start ${className}`}>
      <button
        type="button"
        onClick={toggle}
        // Until the tray state is known (server HTML, hydration) the button cannot act honestly.
        disabled={!hydrated}
        aria-describedby={refusal ? messageId : undefined}
        className={
          inTray
            ? `inline-flex min-h-11 items-center gap-1 rounded-md border border-brand-700 bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800 ${focusRingDark} disabled:opacity-60`
            : `inline-flex min-h-11 items-center gap-1 rounded-md border border-brand-700 bg-white px-3 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50 ${focusRingDark} disabled:opacity-60`
        }
      >
        {inTray ? (
          <>
            <span aria-hidden="true">✓</span> Remove <span className="sr-only">{name}</span> from compare
          </>
        ) : (
          <>
            <span aria-hidden="true">+</span> Add <span className="sr-only">{name}</span> to compare
          </>
        )}
      </button>
      {/* Always in the DOM: a live region must exist before its text changes to be announced. */}
      <span id={messageId} role="status" className={refusal ? 'mt-1 max-w-xs text-sm text-red-800' : ''}>
        {refusal}
      </span>
    </span>
  );
}
