'use client';

import { useEffect } from 'react';

/**
 * After the plan form is submitted the URL ends in #plan-results: move focus to the results, so a
 * screen reader or keyboard user starts where the answer is (the browser or Next already scrolls
 * there). Keyed by the page's query, so each new plan focuses once.
 */
export function FocusResults({ targetId }: { targetId: string }) {
  useEffect(() => {
    if (window.location.hash !== `#${targetId}`) return;
    const target = document.getElementById(targetId);
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: 'start' });
  }, [targetId]);
  return null;
}
