'use client';

import { useEffect, useRef } from 'react';
import { getSavedSnapshot, subscribeSaved, type SavedSnapshot } from '@/lib/bookmarks/browser/saved-store';
import { SAVED_COUNT_KEY, SAVED_COUNT_SCRIPT } from '@/lib/security/saved-count-script.mjs';

const savedCount = (snapshot: SavedSnapshot) => [...snapshot.known.values()].filter(Boolean).length;

/**
 * How many procedures this visitor has saved, beside "Saved" in the header. The served HTML is
 * the same for everyone (catalog pages are cached and shared), so the number is not in it: the
 * inline script paints this browser's last known count before the page shows (no flash), and
 * the saved-state store (GET /api/bookmarks/state, then every save, removal and the /bookmarks
 * list) keeps it right and remembers it for the next page. The attribute is ours, not React's.
 */
export function SavedCount() {
  const badge = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const show = () => {
      const snapshot = getSavedSnapshot();
      if (!snapshot.loaded || !badge.current) return;
      const count = savedCount(snapshot);
      if (count > 0) badge.current.setAttribute('data-count', String(count));
      else badge.current.removeAttribute('data-count');
      try {
        localStorage.setItem(SAVED_COUNT_KEY, String(count));
      } catch {
        // Storage refused (private mode, quota): the count still shows on this page.
      }
    };
    show();
    return subscribeSaved(show);
  }, []);
  return (
    <>
      <span
        ref={badge}
        suppressHydrationWarning
        className="ml-1.5 hidden rounded-full bg-brand-700 px-1.5 text-xs font-semibold text-white tabular-nums data-count:inline-block data-count:after:content-[attr(data-count)]"
        data-saved-count=""
      />
      <script dangerouslySetInnerHTML={{ __html: SAVED_COUNT_SCRIPT }} />
    </>
  );
}
