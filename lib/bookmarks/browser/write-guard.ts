import type { PageController } from '../../page-controller';
import { hasPendingWrites, hasUnsavedWork, writesSettled } from './pending-writes';

// Two promises the saved list makes: a link to /bookmarks opens it only once every write sent
// from this page has been answered, so the list shows what the buttons said; and leaving the
// page while a write is in flight or a note draft is not on the server asks first.

const LIST_LINK = 'a[href="/bookmarks"], a[href^="/bookmarks?"], a[href^="/bookmarks#"]';

export function startWriteGuard(root: Document): PageController {
  const view = root.defaultView;
  const waiting = new WeakSet<HTMLAnchorElement>();

  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(LIST_LINK);
    if (!link || !hasPendingWrites() || waiting.has(link)) return;
    // A new tab or window loads on its own; only a plain click can be held and replayed.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // Held back, then clicked again once answered: Next's Link navigates as usual then.
    event.preventDefault();
    event.stopPropagation();
    waiting.add(link);
    link.setAttribute('aria-busy', 'true');
    void writesSettled().then(() => {
      link.removeAttribute('aria-busy');
      link.click();
      waiting.delete(link);
    });
  };

  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!hasUnsavedWork()) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = '';
  };

  // Capture on the window: before React's own listeners, so Link sees the prevented default.
  view?.addEventListener('click', onClick, true);
  view?.addEventListener('beforeunload', onBeforeUnload);
  return {
    refresh: () => undefined,
    stop: () => {
      view?.removeEventListener('click', onClick, true);
      view?.removeEventListener('beforeunload', onBeforeUnload);
    },
  };
}
