'use client';

import { useEffect } from 'react';
import { startBookmarkToggles } from '@/lib/bookmarks/browser/bookmark-toggles';
import { startWriteGuard } from '@/lib/bookmarks/browser/write-guard';
import { startCompareToggles } from '@/lib/compare/compare-toggles';
import type { PageController } from '@/lib/page-controller';

const STARTERS: readonly ((root: Document) => PageController)[] = [startCompareToggles, startBookmarkToggles, startWriteGuard];

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
    const controllers: PageController[] = [];
    // Each controller starts in a task of its own, after hydration's effects: run together with
    // them, they made one of the longest tasks of a page's load on a slow phone. Until then the
    // controls are what the server sent, which works (a link to compare, a form to save).
    const starts = STARTERS.map((start) => window.setTimeout(() => controllers.push(start(document)), 0));
    let frame = 0;
    const observer = new MutationObserver(() => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        for (const controller of controllers) controller.refresh();
      });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      for (const start of starts) window.clearTimeout(start);
      observer.disconnect();
      cancelAnimationFrame(frame);
      for (const controller of controllers) controller.stop();
    };
  }, []);
  return null;
}
