'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { describeTrayChange } from '@/lib/compare/tray-announce';
import type { TrayItem } from '@/lib/compare/tray-store';
import { useCompareTray } from '@/lib/compare/use-compare-tray';

// Most visits never add a procedure: the visible tray's code is fetched the first time it has
// something to show, not hydrated on every page.
const CompareTrayPanel = lazy(() => import('./compare-tray-panel').then((module) => ({ default: module.CompareTrayPanel })));

/**
 * The compare tray, rendered by the root layout: what is always loaded is the store subscription
 * and the live region that announces each change (it must exist before its text changes). Renders
 * nothing on the server and during hydration: its contents live in this browser only.
 */
export function CompareTray() {
  const items = useCompareTray();
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef<readonly TrayItem[] | null>(null);

  useEffect(() => {
    if (items === null) return;
    // The first snapshot is what the page loaded with, not a change worth announcing.
    if (previous.current !== null) {
      const message = describeTrayChange(previous.current, items);
      if (message) setAnnouncement(message);
    }
    previous.current = items;
  }, [items]);

  if (items === null) return null;
  return (
    <>
      <div role="status" aria-live="polite" className="sr-only">
        {announcement}
      </div>
      {items.length > 0 ? (
        <Suspense fallback={null}>
          <CompareTrayPanel items={items} />
        </Suspense>
      ) : null}
    </>
  );
}
