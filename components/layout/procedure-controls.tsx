'use client';

import { useEffect } from 'react';
import { startBookmarkToggles } from '@/lib/bookmarks/browser/bookmark-toggles';
import { startWriteGuard } from '@/lib/bookmarks/browser/write-guard';
import { startCompareToggles } from '@/lib/compare/compare-toggles';

/**
 * The one client island behind every "Add to compare" button and bookmark toggle on the page.
 * Those are server-rendered markup; hydrating a component per card cost a phone's main thread
 * more than the cards themselves. Rendered once by the root layout, it starts one controller per
 * kind of control (and the guard that holds a link to the saved list until its writes are
 * answered) and, when the page's content changes (client navigation, a new page of
 * results), brings the new controls up to date in the next frame.
 */
export function ProcedureControls() {
  useEffect(() => {
    const controllers = [startCompareToggles(document), startBookmarkToggles(document), startWriteGuard(document)];
    let frame = 0;
    const observer = new MutationObserver(() => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        for (const controller of controllers) controller.refresh();
      });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      for (const controller of controllers) controller.stop();
    };
  }, []);
  return null;
}
